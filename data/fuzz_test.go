package data_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ruse-twins/ruse-twins/data"
)

// FuzzDecode feeds any bytes to the loader as a city file beside a valid
// home city. It must never panic, and must either load or explain every
// problem as path:line: message.
func FuzzDecode(f *testing.F) {
	for _, p := range seedFiles(f) {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	home, err := os.ReadFile("testdata/base/home.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		fsys := fstest.MapFS{
			"home.yaml": {Data: home},
			"city.yaml": {Data: b},
		}
		ds, err := data.LoadFS(fsys, "fuzz")
		if err == nil {
			if ds.Home.ID != "home" {
				t.Fatalf("loaded without the home city: %+v", ds.Home)
			}
			return
		}
		var errs data.Errors
		if !errors.As(err, &errs) || len(errs) == 0 {
			t.Fatalf("error %v is not a non-empty data.Errors", err)
		}
		for _, e := range errs {
			if !strings.HasPrefix(e.Path, "fuzz") || e.Line < 0 || e.Msg == "" {
				t.Fatalf("badly located error %+v", e)
			}
		}
	})
}

// seedFiles lists the shipped city files and the base of the broken corpus.
func seedFiles(f *testing.F) []string {
	var out []string
	for _, pattern := range []string{"cities/*.yaml", "testdata/base/*.yaml"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, m...)
	}
	return out
}
