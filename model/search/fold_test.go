package search

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-unidecode"
)

// TestBulgarianTable checks every letter of the Streamlined System, in
// both cases, against the 2009 Transliteration Act.
func TestBulgarianTable(t *testing.T) {
	act := map[string]string{
		"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh",
		"з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n",
		"о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
		"х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a",
		"ь": "y", "ю": "yu", "я": "ya",
	}
	if len(bgLatin) != len(act) {
		t.Errorf("the table has %d letters, the Act %d", len(bgLatin), len(act))
	}
	for cyr, lat := range act {
		for _, s := range []string{cyr, string([]rune{[]rune(cyr)[0] - 0x20})} { // lower, upper
			if got := string(fold(s, bulgarianScheme).runes); got != lat {
				t.Errorf("fold(%q) = %q, want %q", s, got, lat)
			}
		}
	}
}

func TestFold(t *testing.T) {
	cases := []struct {
		in   string
		sc   scheme
		want string
	}{
		{"Щастливец", bulgarianScheme, "shtastlivets"},
		{"Вълко Вълков", bulgarianScheme, "valko valkov"},
		{"Гюргево", bulgarianScheme, "gyurgevo"},
		{"Ямбол", bulgarianScheme, "yambol"},
		{"Льофор", bulgarianScheme, "lyofor"},
		// A final "ия" is "ia"; inside a word it is "iya".
		{"България", bulgarianScheme, "balgaria"},
		{"Франция, Гърция", bulgarianScheme, "frantsia gartsia"},
		{"Ияши", bulgarianScheme, "iyashi"},
		{"Сент-Уан", bulgarianScheme, "sent uan"},
		{"  Сент -- Уан!  ", bulgarianScheme, "sent uan"},
		// Other scripts, and Cyrillic letters Bulgarian lacks, go through
		// the general transliteration.
		{"Περιστέρι", bulgarianScheme, "peristeri"},
		{"淮南", bulgarianScheme, "huai nan"},
		{"淮南市", bulgarianScheme, "huai nan shi"},
		{"Бијељина", bulgarianScheme, "bijeljina"},
		{"Сімферополь", bulgarianScheme, "simferopoly"},
		{"Újbuda", bulgarianScheme, "ujbuda"},
		{"Île-de-France", bulgarianScheme, "ile de france"},
		{"Budapest XI. kerülete", bulgarianScheme, "budapest xi kerulete"},
		// The general scheme reads Cyrillic as Russian is romanised.
		{"Хуай Нан", generalScheme, "khuai nan"},
		{"Щ", generalScheme, "shch"},
		{"Симферополь", generalScheme, "simferopol"},
		{"1961-09-25", bulgarianScheme, "1961 09 25"},
		{"", bulgarianScheme, ""},
		{"---", bulgarianScheme, ""},
	}
	for _, c := range cases {
		f := fold(c.in, c.sc)
		if got := string(f.runes); got != c.want {
			t.Errorf("fold(%q, %d) = %q, want %q", c.in, c.sc, got, c.want)
		}
		checkOrigins(t, c.in, f)
	}
}

// checkOrigins checks that every folded rune points at a rune of the
// source, in order.
func checkOrigins(t *testing.T, src string, f folded) {
	t.Helper()
	if len(f.origin) != len(f.runes) {
		t.Fatalf("fold(%q): %d runes, %d origins", src, len(f.runes), len(f.origin))
	}
	n := int32(utf8.RuneCountInString(src))
	for i, o := range f.origin {
		if o < 0 || o >= n || i > 0 && o < f.origin[i-1] {
			t.Errorf("fold(%q): origins %v out of order or range", src, f.origin)
			return
		}
	}
}

// TestFoldOrigins checks that each folded rune remembers the rune of the
// source it came from: that is how matches are shown on the screen.
func TestFoldOrigins(t *testing.T) {
	cases := []struct {
		in   string
		want []int32
	}{
		// A space belongs to the rune after it; it is never highlighted,
		// since queries have none.
		{"Щит", []int32{0, 0, 0, 1, 2}},         // sht-i-t
		{"Ая", []int32{0, 1, 1}},                // a-ya
		{"Бия", []int32{0, 1, 2}},               // final ия: b-i-a
		{"淮南", []int32{0, 0, 0, 0, 1, 1, 1, 1}}, // huai, space, nan
		{"Újbuda", []int32{0, 1, 2, 3, 4, 5}},   // one to one
		{"Π-Ξ", []int32{0, 2, 2, 2}},            // p, space, ks
		{"Сент-Уан", []int32{0, 1, 2, 3, 5, 5, 6, 7}},
	}
	for _, c := range cases {
		if got := fold(c.in, bulgarianScheme).origin; !slices.Equal(got, c.want) {
			t.Errorf("fold(%q).origin = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestPhonetic(t *testing.T) {
	cases := []struct{ in, want string }{
		{"biyelina", "bielina"},
		{"Bijeljina", "bielina"},
		{"Биелина", "bielina"},
		{"Бийелина", "bielina"},
		{"Гюргево", "giurgevo"},
		{"gyurgevo", "giurgevo"},
		{"Khuai Nan", "huai nan"},
		{"Alexandroupoli", "aleksandrupoli"},
		{"Philippopolis", "filipopolis"},
		{"Wrocław", "vroclav"},
		{"2000", "2000"}, // digits stay exact
		// ж and дж as people spell them in Latin letters.
		{"Джамбазов", "iambazov"},
		{"Dzhambazov", "iambazov"},
		{"Djambazov", "iambazov"},
		{"Jambazov", "iambazov"},
		{"Божидар", "boidar"},
		{"Bojidar", "boidar"},
		{"Bozhidar", "boidar"},
	}
	for _, c := range cases {
		plain := fold(c.in, bulgarianScheme)
		var p folded
		p.setPhonetic(&plain)
		if got := string(p.runes); got != c.want {
			t.Errorf("phonetic(%q) = %q, want %q", c.in, got, c.want)
		}
		checkOrigins(t, c.in, p)
	}
	// A collapsed "ji" lights up the "i" a reader sees, not the "j".
	plain := fold("Bijeljina", bulgarianScheme)
	var p folded
	p.setPhonetic(&plain)
	if want := []int32{0, 1, 3, 4, 6, 7, 8}; !slices.Equal(p.origin, want) {
		t.Errorf("phonetic origins of Bijeljina = %v, want %v", p.origin, want)
	}
}

// TestFoldReusesMemory checks that folding a query again does not
// allocate: it runs on every keystroke.
func TestFoldReusesMemory(t *testing.T) {
	var f, p folded
	f.set("Сент-Уан Saint-Ouen", bulgarianScheme)
	allocs := testing.AllocsPerRun(100, func() {
		f.set("Сент-Уан Saint-Ouen", bulgarianScheme)
		p.setPhonetic(&f)
	})
	if allocs != 0 {
		t.Errorf("folding a query allocates %v times", allocs)
	}
}

// TestUnidecodeRune checks that reading unidecode's table rune by rune
// gives what unidecode gives, for every rune outside ASCII.
func TestUnidecodeRune(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if utf8.ValidRune(r) && unidecodeRune(r) != unidecode.Unidecode(string(r)) {
			t.Fatalf("unidecodeRune(%U) = %q, unidecode gives %q", r, unidecodeRune(r), unidecode.Unidecode(string(r)))
		}
	}
}
