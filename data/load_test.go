package data_test

import (
	"testing"

	"github.com/ruse-twins/ruse-twins/data"
)

func TestEmbeddedDatasetLoads(t *testing.T) {
	ds, err := data.Load()
	if err != nil {
		t.Fatalf("the shipped dataset does not load:\n%v", err)
	}
	if ds.Home.ID != "ruse" {
		t.Errorf("home city is %q, want ruse", ds.Home.ID)
	}
	t.Logf("%d partners", len(ds.Partners))
}
