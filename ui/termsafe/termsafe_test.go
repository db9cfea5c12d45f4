package termsafe

import "testing"

func TestRendered(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain Русе 淮南\n\tok", "plain Русе 淮南\n\tok"},
		{"\x1b[1;38;5;203mred\x1b[0m", "\x1b[1;38;5;203mred\x1b[0m"},
		{"\x1b[38:2::255:0:0mtrue\x1b[m", "\x1b[38:2::255:0:0mtrue\x1b[m"},
		{"a\x1b[2Jb", "ab"},
		{"a\x1b[?1049hb", "ab"},
		{"a\x1b[>4;2mb", "ab"},
		{"a\x1b]52;c;aGk=\x07b", "ab"},
		{"a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\b", "alinkb"},
		{"a\x1bP+q544e\x1b\\b", "ab"},
		{"a\x1b_Gf=100\x1b\\b", "ab"},
		{"a\x1b^pm\x1b\\b", "ab"},
		{"a\x1bXsos\x1b\\b", "ab"},
		{"a\x1bcb", "ab"},
		{"a\x1b(0b", "ab"},
		{"a\x1b[12;3]b", "ab"},
		{"a\u009b2Jb", "a2Jb"},
		{"a\u009d0;x\u009cb", "a0;xb"},
		{"a\x0e\x0fb", "ab"},
		{"a\rb\x07\x08c", "abc"},
		{"x\u202eevil\u202c", "xevil"},
		{"\u2066iso\u2069", "iso"},
		{"cut\x1b[", "cut"},
		{"cut\x1b]0;title", "cut"},
		{"cut\x1b", "cut"},
		{"bad\xffutf", "bad\uFFFDutf"},
	}
	for _, c := range cases {
		if got := Rendered(c.in); got != c.want {
			t.Errorf("Rendered(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Сент-Уан", "Сент-Уан"},
		{"a\x1b[31mb", "a[31mb"},
		{"a\u009bb\u202e", "ab"},
		{"line\nnext\ttab\r", "line\nnext\ttab"},
		{"bad\xff", "bad\uFFFD"},
	}
	for _, c := range cases {
		if got := Text(c.in); got != c.want {
			t.Errorf("Text(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCleanTextAllocatesNothing(t *testing.T) {
	s := "Peristeri Περιστέρι"
	if n := testing.AllocsPerRun(100, func() { _ = Text(s); _ = Rendered(s) }); n != 0 {
		t.Errorf("%v allocations for clean text", n)
	}
}
