package data

// The private shape of a city file. Field tags are the keys a content keeper
// writes; model values are built from these after decoding, so the file
// format never leaks into the model.

type text struct {
	BG string `yaml:"bg"`
	EN string `yaml:"en"`
}

type nativeName struct {
	Name   string `yaml:"name"`
	Lang   string `yaml:"lang"`
	Script string `yaml:"script"`
}

type country struct {
	Code    string   `yaml:"code"`
	BG      string   `yaml:"bg"`
	EN      string   `yaml:"en"`
	Aliases []string `yaml:"aliases"`
}

type coordinates struct {
	Lat *float64 `yaml:"lat"`
	Lon *float64 `yaml:"lon"`
}

type person struct {
	Name    text     `yaml:"name"`
	Role    text     `yaml:"role"`
	Aliases []string `yaml:"aliases"`
}

type organisation struct {
	Name text `yaml:"name"`
	Role text `yaml:"role"`
}

type event struct {
	Date          string         `yaml:"date"`
	Precision     string         `yaml:"precision"`
	Kind          string         `yaml:"kind"`
	Place         text           `yaml:"place"`
	Summary       text           `yaml:"summary"`
	Signatories   []person       `yaml:"signatories"`
	Organisations []organisation `yaml:"organisations"`
}

type note struct {
	Text   text `yaml:"text"`
	Source text `yaml:"source"`
}

type city struct {
	ID          string       `yaml:"id"`
	Home        bool         `yaml:"home"`
	Name        text         `yaml:"name"`
	Native      []nativeName `yaml:"native"`
	Aliases     []string     `yaml:"aliases"`
	Country     country      `yaml:"country"`
	Region      text         `yaml:"region"`
	Coordinates coordinates  `yaml:"coordinates"`
	Kind        string       `yaml:"kind"`
	Events      []event      `yaml:"events"`
	Areas       []string     `yaml:"areas"`
	Groups      []text       `yaml:"groups"`
	Aims        []text       `yaml:"aims"`
	Description text         `yaml:"description"`
	Notes       []note       `yaml:"notes"`
}
