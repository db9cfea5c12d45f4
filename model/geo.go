package model

import "math"

// earthRadiusKm is the mean Earth radius (IUGG), the one the checked
// distances in the project's facts were computed with.
const earthRadiusKm = 6371.0088

// DistanceKm returns the great-circle distance between two points in
// kilometres (haversine formula).
func DistanceKm(a, b Coordinates) float64 {
	φ1, φ2 := radians(a.Lat), radians(b.Lat)
	Δφ, Δλ := φ2-φ1, radians(b.Lon-a.Lon)
	h := math.Sin(Δφ/2)*math.Sin(Δφ/2) + math.Cos(φ1)*math.Cos(φ2)*math.Sin(Δλ/2)*math.Sin(Δλ/2)
	return 2 * earthRadiusKm * math.Asin(math.Min(1, math.Sqrt(h)))
}

// BearingDeg returns the initial bearing from a to b in degrees clockwise
// from north, in [0, 360).
func BearingDeg(a, b Coordinates) float64 {
	φ1, φ2 := radians(a.Lat), radians(b.Lat)
	Δλ := radians(b.Lon - a.Lon)
	y := math.Sin(Δλ) * math.Cos(φ2)
	x := math.Cos(φ1)*math.Sin(φ2) - math.Sin(φ1)*math.Cos(φ2)*math.Cos(Δλ)
	θ := math.Mod(math.Atan2(y, x)*180/math.Pi+360, 360)
	return θ
}

// compassPoints are the 16 points of the compass, clockwise from north.
var compassPoints = [16]Term{
	{"N", Text{"север", "north"}},
	{"NNE", Text{"север-североизток", "north-northeast"}},
	{"NE", Text{"североизток", "northeast"}},
	{"ENE", Text{"изток-североизток", "east-northeast"}},
	{"E", Text{"изток", "east"}},
	{"ESE", Text{"изток-югоизток", "east-southeast"}},
	{"SE", Text{"югоизток", "southeast"}},
	{"SSE", Text{"юг-югоизток", "south-southeast"}},
	{"S", Text{"юг", "south"}},
	{"SSW", Text{"юг-югозапад", "south-southwest"}},
	{"SW", Text{"югозапад", "southwest"}},
	{"WSW", Text{"запад-югозапад", "west-southwest"}},
	{"W", Text{"запад", "west"}},
	{"WNW", Text{"запад-северозапад", "west-northwest"}},
	{"NW", Text{"северозапад", "northwest"}},
	{"NNW", Text{"север-северозапад", "north-northwest"}},
}

// Compass returns the point of a 16-point compass nearest to a bearing in
// degrees: its abbreviation ("NNE") as Key and its name in each language.
func Compass(bearing float64) Term {
	i := int(math.Floor(math.Mod(bearing+11.25+360, 360)/22.5)) % 16
	return compassPoints[i]
}

func radians(deg float64) float64 { return deg * math.Pi / 180 }
