package bounded

import (
	"errors"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/glamour/styles"
	"github.com/muesli/termenv"
)

// TestRenderInTime returns what the renderer made of the page.
func TestRenderInTime(t *testing.T) {
	r := New(Deadline)
	out, why := r.Render(func(md string) (string, error) { return strings.ToUpper(md), nil }, "page", 80)
	if out != "PAGE" || why != Rendered {
		t.Errorf("%q, %v", out, why)
	}
}

// TestRenderPastTheDeadline gives a renderer that never ends (until the
// test lets it) a page: it comes back plain at the deadline, in fake
// time, and so does every page after it, at once, until the stuck render
// ends; then pages render again.
func TestRenderPastTheDeadline(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := New(Deadline)
		release := make(chan struct{})
		hang := func(md string) (string, error) { <-release; return "late", nil }
		began := time.Now()
		out, why := r.Render(hang, "a long line of the page", 10)
		if why != TooSlow || out != "a long\nline of\nthe page" || time.Since(began) != Deadline {
			t.Errorf("%q, %v after %v", out, why, time.Since(began))
		}
		began = time.Now()
		if _, why := r.Render(func(string) (string, error) { return "x", nil }, "next", 80); why != TooSlow || time.Since(began) != 0 {
			t.Errorf("with a render stuck, the next page: %v after %v", why, time.Since(began))
		}
		close(release)
		synctest.Wait()
		if out, why := r.Render(func(string) (string, error) { return "x", nil }, "next", 80); why != Rendered || out != "x" {
			t.Errorf("once the stuck render ended: %q, %v", out, why)
		}
	})
}

// TestRenderFailures shows the page plain when the renderer fails, panics
// or makes too much of it, and when the page itself is too large.
func TestRenderFailures(t *testing.T) {
	r := New(Deadline)
	for name, c := range map[string]struct {
		render func(string) (string, error)
		md     string
		want   Why
	}{
		"fails":    {func(string) (string, error) { return "", errors.New("no") }, "page", Failed},
		"panics":   {func(string) (string, error) { panic("boom") }, "page", Failed},
		"too much": {func(string) (string, error) { return strings.Repeat("x", MaxOutput+1), nil }, "page", TooLarge},
		"too large": {func(string) (string, error) { t.Error("a page too large was rendered"); return "", nil },
			strings.Repeat("word ", MaxSource/5+1), TooLarge},
	} {
		out, why := r.Render(c.render, c.md, 40)
		if why != c.want || len(out) > MaxSource+40 || !strings.HasPrefix(out, c.md[:4]) {
			t.Errorf("%s: %v, %d bytes starting %q", name, why, len(out), out[:min(len(out), 20)])
		}
	}
}

// TestPlainCutsLongWords wraps a word longer than the width.
func TestPlainCutsLongWords(t *testing.T) {
	if got := Plain(strings.Repeat("x", 25), 10); got != "xxxxxxxxxx\nxxxxxxxxxx\nxxxxx" {
		t.Errorf("%q", got)
	}
}

// TestCodeBlocksAreNotHighlighted renders with a real glamour and every
// shipped style a code block whose info string names the Jungle lexer,
// which never ends on "/" (chroma#1377): without highlighting, glamour
// draws it as text.
func TestCodeBlocksAreNotHighlighted(t *testing.T) {
	md := "Text.\n\n```jungle\n/\n```\n\n```go\nfunc main() {}\n```\n"
	for name, style := range styles.DefaultStyles {
		r, err := glamour.NewTermRenderer(glamour.WithStyles(WithoutHighlighting(*style)), glamour.WithColorProfile(termenv.TrueColor), glamour.WithWordWrap(80))
		if err != nil {
			t.Fatal(err)
		}
		out, err := r.Render(md)
		if err != nil || !strings.Contains(out, "func main() {}") {
			t.Errorf("%s: %v\n%s", name, err, out)
		}
	}
}
