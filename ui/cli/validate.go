package cli

import (
	"fmt"
	"io"

	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/ui/termsafe"
)

// Loader loads the dataset in a directory, or the embedded one for "".
type Loader func(dir string) (model.Dataset, error)

// ValidateCmd checks the dataset of validate's operand, of --data, or the
// embedded one, and says so; a dataset with problems is an error that
// lists them all.
func ValidateCmd(w io.Writer, load Loader, embedded string, cfg Config) error {
	dir := cfg.Dir
	if dir == "" {
		dir = cfg.DataDir
	}
	ds, err := load(dir)
	if err != nil {
		return err
	}
	shown := termsafe.Name(dir)
	if dir == "" {
		shown = embedded + " (embedded)"
	}
	_, err = fmt.Fprintf(w, "%s: valid: %s and %d partner cities\n", shown, ds.Home.ID, len(ds.Partners))
	return err
}
