package model

import (
	"math"
	"testing"
)

// TestDistanceMatchesFacts checks the great-circle distances from Ruse
// against the figures in the project's checked facts (whole kilometres).
func TestDistanceMatchesFacts(t *testing.T) {
	ruse := Coordinates{43.8487, 25.9534}
	cases := []struct {
		name string
		at   Coordinates
		km   float64
		dir  string
	}{
		{"Saint-Ouen", Coordinates{48.9065, 2.3334}, 1888, "WNW"},
		{"Giurgiu", Coordinates{43.8866, 25.9627}, 4, "N"},
		{"Volgograd", Coordinates{48.7138, 44.4976}, 1520, "ENE"},
		{"Peristeri", Coordinates{38.0154, 23.6919}, 676, "SSW"},
		{"Huainan", Coordinates{32.6264, 116.9969}, 7645, "ENE"},
		{"Újbuda", Coordinates{47.4760, 19.0360}, 672, "NW"},
		{"Trogir", Coordinates{43.5125, 16.2517}, 781, "W"},
		{"Bijeljina", Coordinates{44.7587, 19.2144}, 546, "WNW"},
		{"Simferopol", Coordinates{44.9572, 34.1108}, 659, "ENE"},
	}
	for _, c := range cases {
		got := DistanceKm(ruse, c.at)
		if math.Round(got) != c.km {
			t.Errorf("%s: distance %.2f km, want %v", c.name, got, c.km)
		}
		if dir := Compass(BearingDeg(ruse, c.at)).Key; dir != c.dir {
			t.Errorf("%s: bearing %.1f° is %s, want %s", c.name, BearingDeg(ruse, c.at), dir, c.dir)
		}
	}
}

func TestCompassBoundaries(t *testing.T) {
	for _, c := range []struct {
		deg  float64
		want string
	}{{0, "N"}, {11.2, "N"}, {11.3, "NNE"}, {359.9, "N"}, {348.8, "N"}, {90, "E"}, {180, "S"}, {270, "W"}, {225, "SW"}} {
		if got := Compass(c.deg).Key; got != c.want {
			t.Errorf("Compass(%v) = %s, want %s", c.deg, got, c.want)
		}
	}
}
