// Command gen writes embedded_gen.go, the embedded dataset as Go values,
// in the current directory, which go generate makes package data's:
//
//	go generate ./data
//
// Run it after every change of a file in data/cities or of the model's
// types; a test of package data fails until it has run.
package main

import (
	"fmt"
	"os"

	"github.com/ruse-twins/ruse-twins/data"
	"github.com/ruse-twins/ruse-twins/data/internal/embedgen"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// run decodes the embedded files and writes their values.
func run() error {
	ds, err := data.LoadYAML()
	if err != nil {
		return err
	}
	digest, err := data.EmbeddedDigest()
	if err != nil {
		return err
	}
	src, err := embedgen.Source(ds, digest)
	if err != nil {
		return err
	}
	return os.WriteFile(embedgen.File, src, 0o644)
}
