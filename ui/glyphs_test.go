package ui

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ruse-twins/ruse-twins/model"
)

// consoleFonts is where Debian's console-setup-linux puts the fonts.
const consoleFonts = "/usr/share/consolefonts"

// psfRunes reads the Unicode table of a PC Screen Font 2 file (gzipped):
// every character that one of its glyphs draws alone (not the sequences
// of combining characters that some glyphs also draw).
func psfRunes(t *testing.T, path string) map[rune]bool {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(z)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) > 4 && b[0] == 0x36 && b[1] == 0x04 {
		return psf1Runes(t, path, b)
	}
	var h struct{ Magic, Version, HeaderSize, Flags, Glyphs, GlyphSize, Height, Width uint32 }
	if err := binary.Read(bytes.NewReader(b), binary.LittleEndian, &h); err != nil || h.Magic != 0x864ab572 || h.Flags&1 == 0 {
		t.Fatalf("%s: not a PSF font with a Unicode table (%v)", path, err)
	}
	table := b[h.HeaderSize+h.Glyphs*h.GlyphSize:]
	runes := map[rune]bool{}
	for _, glyph := range bytes.Split(table, []byte{0xff})[:h.Glyphs] {
		alone, _, _ := bytes.Cut(glyph, []byte{0xfe})
		for len(alone) > 0 {
			r, n := utf8.DecodeRune(alone)
			runes[r] = true
			alone = alone[n:]
		}
	}
	return runes
}

// psf1Runes reads the Unicode table of a PSF 1 font: after 256 or 512
// glyphs, 16-bit characters, each glyph's ended by 0xFFFF, its sequences
// after 0xFFFE.
func psf1Runes(t *testing.T, path string, b []byte) map[rune]bool {
	t.Helper()
	mode, size := b[2], int(b[3])
	glyphs := 256
	if mode&1 != 0 {
		glyphs = 512
	}
	if mode&2 == 0 {
		t.Fatalf("%s: no Unicode table", path)
	}
	runes, alone := map[rune]bool{}, true
	for table := b[4+glyphs*size:]; len(table) >= 2; table = table[2:] {
		switch u := binary.LittleEndian.Uint16(table); u {
		case 0xffff:
			alone = true
		case 0xfffe:
			alone = false
		default:
			if alone {
				runes[rune(u)] = true
			}
		}
	}
	return runes
}

// TestConsoleFont checks consoleHas against the fonts the README
// recommends, where they are installed (apt-get install
// console-setup-linux): every character it says the console draws is in
// each of them, and every character all of them have (Greek among them)
// is drawn as it is, not transliterated.
func TestConsoleFont(t *testing.T) {
	var paths []string
	for _, face := range []string{"Terminus*", "Fixed*", "VGA16", "VGA32x16"} {
		found, _ := filepath.Glob(filepath.Join(consoleFonts, "Uni2-"+face+".psf.gz"))
		paths = append(paths, found...)
	}
	if len(paths) == 0 {
		t.Skip("no Uni2 console fonts in " + consoleFonts + " (apt-get install console-setup-linux)")
	}
	var fonts []map[rune]bool
	for _, p := range paths {
		fonts = append(fonts, psfRunes(t, p))
	}
	for r := rune(0x20); r < 0x30000; r++ {
		all := !slices.ContainsFunc(fonts, func(f map[rune]bool) bool { return !f[r] })
		if consoleHas(r) != all {
			t.Errorf("%q (U+%04X): consoleHas says %v, the %d fonts %v", r, r, consoleHas(r), len(fonts), all)
		}
	}
}

// TestConsoleNativeNames checks that the console shows a native name in
// Greek as it is, and one in Han transliterated, saying so on the page in
// both languages; a terminal emulator shows both as they are.
func TestConsoleNativeNames(t *testing.T) {
	con, ds := glyphs{console: true}, fixture()
	for _, tc := range []struct {
		id, name, script string
	}{
		{"peristeri", "Περιστέρι", "Grek"},
		{"huainan", "Huai Nan", model.Transliterated},
	} {
		c, _ := ds.Partner(tc.id)
		c.Native[0].Script = map[string]string{"peristeri": "Grek", "huainan": "Hans"}[tc.id]
		got := con.native(c).Native[0]
		if got.Name != tc.name || got.Script != tc.script {
			t.Errorf("%s on the console: %+v, want %s in %s", tc.id, got, tc.name, tc.script)
		}
		if off := (glyphs{}).native(c).Native[0]; off != c.Native[0] {
			t.Errorf("%s off the console: %+v", tc.id, off)
		}
	}
	c, _ := ds.Partner("huainan")
	c.Native[0].Lang = "zh"
	for lang, want := range map[model.Lang]string{
		model.EN: "Huai Nan (Chinese, transliterated)",
		model.BG: "Huai Nan (китайски, транслитерирано)",
	} {
		if doc := model.Document(ds.Home, con.native(c), lang); !strings.Contains(doc, want) {
			t.Errorf("%s page lacks %q:\n%s", lang.Code(), want, doc)
		}
	}
}

// TestConsoleQuery checks that a query typed in a script the console
// lacks is shown as the page shows it, with the cursor in view, and that
// a terminal emulator shows it as typed.
func TestConsoleQuery(t *testing.T) {
	look := plainLook()
	look.Console = true
	ds := fixture()
	m := resize(New(ds, fakeSearcher{ds.Partners}, Options{Lang: model.EN, Look: look}), 80, 24)
	m = send(press(m, "/"), typed("淮南")...)
	if got := m.search.view(m.styles, m.lang); !strings.HasPrefix(got, "/ Huai Nan ") {
		t.Errorf("the query on the console: %q", got)
	}
	for _, r := range m.View() {
		if !consoleHas(r) {
			t.Fatalf("%q is not in the console's fonts:\n%s", r, m.View())
		}
	}
	// The cursor on 南 covers its transliteration, the space before it.
	m = send(m, keyMsg("left"))
	if before, at, after := m.search.consoleParts(); before != "Huai " || at != "Nan" || after != "" {
		t.Errorf("the cursor on 南: %q %q %q", before, at, after)
	}
	if got := newTest(t, model.EN, 80, 24); !strings.Contains(send(press(got, "/"), typed("淮南")...).View(), "/ 淮南") {
		t.Error("off the console the query is not shown as typed")
	}
}
