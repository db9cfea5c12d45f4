package model

import (
	"strings"
	"testing"
)

func TestInvisibleRune(t *testing.T) {
	cases := []struct {
		text string
		want bool // the text holds an invisible character
	}{
		{"Сент-Уан", false},
		{"Saint-Ouen-sur-Seine", false},
		{"Περιστέρι 淮南 Бијељина", false},
		{"e\u0301", false},         // a combining accent is seen
		{"\u0600\u0661", false},    // the Arabic number sign is drawn
		{"soft\u00adhyphen", true}, // U+00AD
		{"zero\u200bwidth", true},  // U+200B
		{"non\u200cjoiner", true},  // U+200C between letters
		{"joiner\u200dhere", true}, // U+200D between letters
		{"mark\u200e", true},       // LRM
		{"mark\u200f", true},       // RLM
		{"arabic\u061c", true},     // ALM
		{"word\u2060joiner", true}, // U+2060
		{"\ufeffbom", true},        // ZWNBSP
		{"x\ufe0f", true},          // a variation selector after a letter
		{"漢\U000E0100", true},      // an ideographic variation selector
		{"a\u034fb", true},         // combining grapheme joiner
		{"\u3164filler", true},     // Hangul filler
		{"line\u2028sep", true},    // line separator
		{"tag\U000E0041", true},    // a tag character on its own
		{"mongol\u180e", true},     // Mongolian vowel separator
		{"❤\ufe0f", false},         // heart, emoji presentation
		{"1\ufe0f\u20e3", false},   // keycap one
		{"👩\u200d💻", false},        // a ZWJ sequence
		{"👍🏽\u200d", false},        // a ZWJ after a skin tone
		{"🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F", false}, // England's flag
	}
	for _, c := range cases {
		got := false
		prev := rune(0)
		for _, r := range c.text {
			got = got || InvisibleRune(prev, r)
			prev = r
		}
		if got != c.want {
			t.Errorf("%q: invisible %v, want %v", c.text, got, c.want)
		}
	}
}

func TestCheckLine(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Saint-Ouen", ""},
		{"Saint\nOuen", "a line break is not allowed here"},
		{"Saint\tOuen", "a tab is not allowed here"},
		{"Saint\u00adOuen", "U+00AD (soft hyphen)"},
		{"Saint\x1bOuen", "control character U+001B"},
	} {
		err := CheckLine(c.in)
		if (err == nil) != (c.want == "") || (err != nil && !strings.Contains(err.Error(), c.want)) {
			t.Errorf("CheckLine(%q) = %v, want %q", c.in, err, c.want)
		}
	}
	if err := CheckText("two\nlines\tand a tab"); err != nil {
		t.Errorf("CheckText refuses a paragraph: %v", err)
	}
}

func TestLimits(t *testing.T) {
	nested := func(n int) string { return strings.Repeat("> ", n) + "deep" }
	list := func(n int) string {
		var b strings.Builder
		for i := range n {
			b.WriteString(strings.Repeat("  ", i) + "- item\n")
		}
		return b.String()
	}
	blocks := func(n int) string { return strings.Repeat("A paragraph.\n\n", n) }
	cases := []struct {
		name string
		text string
		kind textKind
		line int // 0: within the limits
	}{
		{"a name", "Saint-Ouen-sur-Seine", oneLine, 0},
		{"a long name", strings.Repeat("a ", MaxLine), oneLine, 1},
		{"a summary", strings.Repeat("word ", 300), paragraph, 0},
		{"a long summary", strings.Repeat("word ", 401), paragraph, 1},
		{"a long word", "a\nb\n" + strings.Repeat("x", MaxWord+1), paragraph, 3},
		{"the longest word", strings.Repeat("x", MaxWord), paragraph, 0},
		{"quotes within the limit", nested(MaxDepth), markdown, 0},
		{"quotes too deep", "text\n\n" + nested(MaxDepth+1), markdown, 3},
		{"quotes without spaces", "text\n\n" + strings.Repeat(">", 1200) + " x", markdown, 3},
		{"a list within the limit", list(MaxDepth), markdown, 0},
		{"a list too deep", list(MaxDepth + 1), markdown, MaxDepth + 1},
		{"ordered lists too deep", strings.Repeat("1. ", MaxDepth+1) + "x", markdown, 1},
		{"blocks within the limit", blocks(MaxBlocks), markdown, 0},
		{"too many blocks", blocks(MaxBlocks + 1), markdown, 2*MaxBlocks + 1},
		{"too many list items", strings.Repeat("- item\n", MaxBlocks+1), markdown, MaxBlocks + 1},
		{"a long description", strings.Repeat("word ", MaxMarkdown/5+1), markdown, 1},
		{"numbers are not list markers", "1961. The year of the twinning; 2011) another", markdown, 0},
	}
	for _, c := range cases {
		p, over := checkLimits(c.text, c.kind)
		if over != (c.line != 0) || p.line != c.line {
			t.Errorf("%s: over %v at line %d (%s), want line %d", c.name, over, p.line, p.msg, c.line)
		}
	}
}
