package data_test

import (
	"bytes"
	"io/fs"
	"os"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ruse-twins/ruse-twins/data"
	"github.com/ruse-twins/ruse-twins/data/internal/embedgen"
	"github.com/ruse-twins/ruse-twins/model"
)

// TestGeneratedIsCurrent fails when embedded_gen.go is not what the
// embedded files and the model's types give now.
func TestGeneratedIsCurrent(t *testing.T) {
	ds, err := data.LoadYAML()
	if err != nil {
		t.Fatal(err)
	}
	digest, err := data.EmbeddedDigest()
	if err != nil {
		t.Fatal(err)
	}
	want, err := embedgen.Source(ds, digest)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(embedgen.File)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is not what data/cities and the model give: run go generate ./data", embedgen.File)
	}
}

// TestLoadIsTheFilesDecoded checks that the dataset the app starts with
// is the one that decoding the embedded files gives.
func TestLoadIsTheFilesDecoded(t *testing.T) {
	got, err := data.Load()
	if err != nil {
		t.Fatal(err)
	}
	want, err := data.LoadYAML()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("Load and LoadYAML give different datasets")
	}
}

// TestLoadCopies checks that each Load returns a dataset of its own: a
// caller that changes its copy changes no other.
func TestLoadCopies(t *testing.T) {
	a, _ := data.Load()
	a.Partners[0].Name.EN = "changed"
	a.Partners[0].Aliases[0] = "changed"
	b, _ := data.Load()
	if b.Partners[0].Name.EN == "changed" || b.Partners[0].Aliases[0] == "changed" {
		t.Error("a change to one loaded dataset shows in the next")
	}
}

// embeddedCopy returns the embedded files as a file system of its own.
func embeddedCopy(t *testing.T) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	root := os.DirFS("cities")
	entries, err := fs.ReadDir(root, ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := fs.ReadFile(root, e.Name())
		if err != nil {
			t.Fatal(err)
		}
		fsys[e.Name()] = &fstest.MapFile{Data: b}
	}
	return fsys
}

// TestLoadUsesTheGeneratedValuesOfTheSameFiles checks that the files are
// not decoded when the generated values are theirs.
func TestLoadUsesTheGeneratedValuesOfTheSameFiles(t *testing.T) {
	values := func() model.Dataset { return model.Dataset{Home: model.City{ID: "generated"}} }
	ds, err := data.LoadEmbedded(embeddedCopy(t), data.GeneratedDigest, values)
	if err != nil {
		t.Fatal(err)
	}
	if ds.Home.ID != "generated" {
		t.Errorf("home %q: the files were decoded", ds.Home.ID)
	}
}

// TestLoadDecodesEditedFiles checks that an edit of an embedded file
// after the last go generate still shows: the files are decoded.
func TestLoadDecodesEditedFiles(t *testing.T) {
	values := func() model.Dataset { return model.Dataset{Home: model.City{ID: "generated"}} }
	for name, edit := range map[string]func(fstest.MapFS){
		"a file changed": func(fsys fstest.MapFS) {
			f := fsys["saint-ouen.yaml"]
			f.Data = []byte(strings.Replace(string(f.Data), "en: Saint-Ouen\n", "en: Saint-Ouen (edited)\n", 1))
		},
		"a file renamed": func(fsys fstest.MapFS) {
			fsys["zz-saint-ouen.yaml"] = fsys["saint-ouen.yaml"]
			delete(fsys, "saint-ouen.yaml")
		},
	} {
		t.Run(name, func(t *testing.T) {
			fsys := embeddedCopy(t)
			edit(fsys)
			ds, err := data.LoadEmbedded(fsys, data.GeneratedDigest, values)
			if err != nil {
				t.Fatal(err)
			}
			if ds.Home.ID != "ruse" {
				t.Fatalf("home %q: the generated values were used", ds.Home.ID)
			}
			if c, ok := ds.Partner("saint-ouen"); !ok || name == "a file changed" && c.Name.EN != "Saint-Ouen (edited)" {
				t.Errorf("Saint-Ouen is %q, not the edited file's", c.Name.EN)
			}
		})
	}
}
