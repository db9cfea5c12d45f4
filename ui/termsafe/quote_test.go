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
	}
	for _, c := range cases {
		if got := Quote(c.in); got != c.want {
			t.Errorf("Quote(%q) = %s, want %s", c.in, got, c.want)
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
