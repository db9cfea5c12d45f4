package cli

import (
	"fmt"
	"io"
	"runtime/debug"

	"github.com/ruse-twins/ruse-twins/ui/termsafe"
)

// VersionCmd prints the version of the binary and the commit it was
// built from, as its build information tells (read is
// debug.ReadBuildInfo): go build in a checkout records the commit, its
// time, and whether the checkout had uncommitted changes.
func VersionCmd(w io.Writer, read func() (*debug.BuildInfo, bool)) error {
	_, err := fmt.Fprintln(w, termsafe.Text(versionLine(read())))
	return err
}

// versionLine is what VersionCmd prints.
func versionLine(bi *debug.BuildInfo, ok bool) string {
	version, commit, when, modified := "dev", "", "", false
	if ok {
		if v := bi.Main.Version; v != "" && v != "(devel)" {
			version = v
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				commit = s.Value
			case "vcs.time":
				when = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	if commit == "" {
		return "ruse-twins " + version + ", commit unknown (built without version control information)"
	}
	line := fmt.Sprintf("ruse-twins %s, commit %s", version, commit)
	if when != "" {
		line += " of " + when
	}
	if modified {
		line += ", with uncommitted changes"
	}
	return line
}
