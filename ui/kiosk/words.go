package kiosk

import "github.com/ruse-twins/ruse-twins/model"

// texts are the kiosk's own words in one language.
type texts struct {
	instruction string // what a visitor can do
	stillThere  string // the countdown; %d is the seconds left
	stillShort  string // the same in a few words, after the other language's
}

// words holds the kiosk's words in every language of the app.
var words = map[model.Lang]texts{
	model.BG: {
		instruction: "Напишете името на град",
		stillThere:  "Още ли сте тук? Натиснете клавиш — към началото след %d с",
		stillShort:  "Още ли сте тук? %d с",
	},
	model.EN: {
		instruction: "Type a city's name",
		stillThere:  "Still there? Press any key — back to the start in %d s",
		stillShort:  "Still there? %d s",
	},
}
