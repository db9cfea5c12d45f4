package data_test

import (
	"reflect"
	"testing"

	"github.com/ruse-twins/ruse-twins/data"
	"github.com/ruse-twins/ruse-twins/data/synth"
	"github.com/ruse-twins/ruse-twins/model"
)

// TestSynthRoundTrip writes synthetic partners as city files and loads
// them back: the benchmarks of loading read valid files, and every field
// the synthetic cities have (the aliases of countries and signatories,
// places, dates by the day or month, groups) survives the trip.
func TestSynthRoundTrip(t *testing.T) {
	dir := t.TempDir()
	want := synth.Cities(60)
	if err := synth.WriteDir(dir, synth.Home(), want); err != nil {
		t.Fatal(err)
	}
	ds, err := data.LoadDir(dir)
	if err != nil {
		t.Fatalf("the synthetic files do not load: %v", err)
	}
	byID := map[string]model.City{}
	for _, c := range ds.Partners {
		byID[c.ID] = c
	}
	kinds := map[string]bool{}
	for _, w := range want {
		got := byID[w.ID]
		if !reflect.DeepEqual(got, w) {
			t.Fatalf("%s came back as\n%+v\nwant\n%+v", w.ID, got, w)
		}
		e := w.Events[0]
		kinds[e.Date.Precision.String()] = true
		if !e.Place.IsZero() {
			kinds["place"] = true
		}
		if len(w.Groups) > 0 {
			kinds["groups"] = true
		}
		if len(e.Signatories[0].Aliases) > 0 {
			kinds["signatory aliases"] = true
		}
		if len(w.Country.Aliases) > 0 {
			kinds["country aliases"] = true
		}
	}
	for _, k := range []string{"day", "month", "year", "place", "groups", "signatory aliases", "country aliases"} {
		if !kinds[k] {
			t.Errorf("no synthetic partner has %s", k)
		}
	}
}
