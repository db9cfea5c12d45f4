package cli

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionLine(t *testing.T) {
	const commit = "0123456789abcdef0123456789abcdef01234567"
	info := func(version string, settings ...string) func() (*debug.BuildInfo, bool) {
		bi := &debug.BuildInfo{Main: debug.Module{Path: "github.com/ruse-twins/ruse-twins", Version: version}}
		for i := 0; i+1 < len(settings); i += 2 {
			bi.Settings = append(bi.Settings, debug.BuildSetting{Key: settings[i], Value: settings[i+1]})
		}
		return func() (*debug.BuildInfo, bool) { return bi, true }
	}
	for _, c := range []struct {
		read func() (*debug.BuildInfo, bool)
		want string
	}{
		{info("v1.2.0", "vcs", "git", "vcs.revision", commit, "vcs.time", "2026-05-01T10:00:00Z", "vcs.modified", "false"),
			"ruse-twins v1.2.0, commit " + commit + " of 2026-05-01T10:00:00Z"},
		{info("v0.0.0-20260501100000-0123456789ab+dirty", "vcs.revision", commit, "vcs.time", "2026-05-01T10:00:00Z", "vcs.modified", "true"),
			"ruse-twins v0.0.0-20260501100000-0123456789ab+dirty, commit " + commit + " of 2026-05-01T10:00:00Z, with uncommitted changes"},
		{info("(devel)", "vcs.revision", commit), "ruse-twins dev, commit " + commit},
		{info("(devel)"), "ruse-twins dev, commit unknown (built without version control information)"},
		{info("v1.2.0", "vcs.revision", "\x1b]0;t\a"), "ruse-twins v1.2.0, commit ]0;t"},
		{func() (*debug.BuildInfo, bool) { return nil, false }, "ruse-twins dev, commit unknown (built without version control information)"},
	} {
		var b strings.Builder
		if err := VersionCmd(&b, c.read); err != nil {
			t.Fatal(err)
		}
		if got := b.String(); got != c.want+"\n" {
			t.Errorf("got  %q\nwant %q", got, c.want+"\n")
		}
	}
}
