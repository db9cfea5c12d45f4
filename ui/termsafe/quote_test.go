package termsafe

import (
	"strconv"
	"testing"

	"github.com/ruse-twins/ruse-twins/ui/termsafe/termsafetest"
)

func TestQuote(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", `""`},
		{"trogir", `"trogir"`},
		{"гюргево 淮南 Περιστέρι Újbuda", `"гюргево 淮南 Περιστέρι Újbuda"`},
		{"/tmp/my cities", `"/tmp/my cities"`},
		{`say "hi" \ bye`, `"say \"hi\" \\ bye"`},
		{"-\x1b]52;c;SGk=\a", `"-\x1b]52;c;SGk=\a"`},
		{"a\nb\tc\r", `"a\nb\tc\r"`},
		{"\x00\x7f", `"\x00\x7f"`},
		{"\u009b2J", `"\u009b2J"`},
		{"abc\u202edcba", `"abc\u202edcba"`},
		{"soft\u00adhyphen zero\u200bwidth", `"soft\u00adhyphen zero\u200bwidth"`},
		{"no\u00a0break", `"no\u00a0break"`},
		{"vs\ufe0f hangul\u3164", `"vs\ufe0f hangul\u3164"`},
		{"tag\U000e0041", `"tag\U000e0041"`},
		{"bad\xffutf", `"bad\xffutf"`},
		{"é combining e\u0301", "\"é combining e\u0301\""},
		{"trogir", `"trogir"`},
		{"Сент-Уан 淮南", `"Сент-Уан 淮南"`},
		{"say \"hi\" \\o/", `"say \"hi\" \\o/"`},
		{"\x1b]0;TITLE\a\x1b]52;c;SGVsbG8=\a\x1b[2J.yaml", `"\x1b]0;TITLE\a\x1b]52;c;SGVsbG8=\a\x1b[2J.yaml"`},
		{"a\u009bb", `"a\u009bb"`},
		{"evil\u202etxt.yaml", `"evil\u202etxt.yaml"`},
		{"x.yaml\ny.yaml:1: forged", `"x.yaml\ny.yaml:1: forged"`},
		{"soft\u00adhyphen\u200b", `"soft\u00adhyphen\u200b"`},
		{"tab\there\r", `"tab\there\r"`},
		{"bad\xffbyte", `"bad\xffbyte"`},
		{"❤\ufe0f ok", "\"❤\ufe0f ok\""},
		{"\x8f\ufe0e", `"\x8f\ufe0e"`}, // after an escape, a selector shows nothing
		{"\x1b\u200d", `"\x1b\u200d"`},
		{"\U000E0041", `"\U000e0041"`},
	}
	for _, c := range cases {
		if got := Quote(c.in); got != c.want {
			t.Errorf("Quote(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"data/cities/trogir.yaml", "data/cities/trogir.yaml"},
		{"/tmp/my cities/Трогир.yaml", "/tmp/my cities/Трогир.yaml"},
		{"dir/\x1b[2J.yaml", `"dir/\x1b[2J.yaml"`},
		{"dir/a\nb.yaml", `"dir/a\nb.yaml"`},
		{`dir/"q".yaml`, `"dir/\"q\".yaml"`},
		{"", `""`},
	} {
		if got := Name(c.in); got != c.want {
			t.Errorf("Name(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestMessage(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"a.yaml:1: wrong\nb.yaml:2: also", "a.yaml:1: wrong\nb.yaml:2: also"},
		{"flag provided but not defined: -\x1b]52;c;aGk=\a", `flag provided but not defined: -\x1b]52;c;aGk=\a`},
		{"tab\tand \u202e", `tab\tand \u202e`},
	} {
		if got := Message(c.in); got != c.want {
			t.Errorf("Message(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

// TestQuoteActsOnNothing quotes every hostile payload, and checks that
// the result is text only and shows every byte of it.
func TestQuoteActsOnNothing(t *testing.T) {
	for _, p := range termsafetest.Payloads {
		for name, got := range map[string]string{"Quote": Quote(p), "Name": Name(p), "Message": Message(p)} {
			if bad := termsafetest.Violations(got); len(bad) > 0 {
				t.Errorf("%s(%q): %v", name, p, bad)
			}
		}
	}
}

func TestTextDropsInvisible(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Saint\u00ad-Ouen\u200b", "Saint-Ouen"},
		{"\u200e\u200fmarks\u2060", "marks"},
		{"a\ufe0fb", "ab"},
		{"❤\ufe0f", "❤\ufe0f"},
	} {
		if got := Text(c.in); got != c.want {
			t.Errorf("Text(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := Rendered(c.in); got != c.want {
			t.Errorf("Rendered(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestQuoteIsSafeAndReversible checks every hostile payload: quoted, it
// carries no control character, and it reads back as what was quoted.
func TestQuoteIsSafeAndReversible(t *testing.T) {
	for _, p := range append(termsafetest.Payloads, "\u00ad\u200b\u2060\ufeff", "bad\xff\xfe") {
		q := Quote(p)
		if bad := termsafetest.Violations(q); len(bad) > 0 {
			t.Errorf("Quote(%q) = %s: %v", p, q, bad)
		}
		if back, err := strconv.Unquote(q); err != nil || back != p {
			t.Errorf("Quote(%q) = %s reads back as %q (%v)", p, q, back, err)
		}
	}
}
