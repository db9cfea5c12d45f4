package data_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/ruse-twins/ruse-twins/data"
	"github.com/ruse-twins/ruse-twins/model"
)

// fact is something the municipality's page says about a partnership, as
// each language's page must tell it.
type fact struct{ bg, en string }

// sourceFacts are, for each partner, the dates, names, roles,
// organisations, aims and other facts of the municipality's page
// "Побратимени градове", written here from that page and not from the
// data files, so that a page that loses one of them fails.
var sourceFacts = map[string][]fact{
	"saint-ouen": {
		{"25 септември 1961 г.", "25 September 1961"},
		{"побратимени", "twinned"},
		{"Вълко Вълков", "Valko Valkov"}, {"кмет на Русе", "Mayor of Ruse"},
		{"Фернан Льофор", "Fernand Lefort"}, {"кмет на Сент-Уан", "Mayor of Saint-Ouen"},
		{"дългогодишна размяна", "long-standing exchange"},
		{"ученически и младежки групи", "groups of pupils and young people"},
		{"делегации на специалисти в различни области", "delegations of specialists in various fields"},
		{"художници", "artists"}, {"лекари", "doctors"}, {"архитекти", "architects"}, {"спортисти", "athletes"},
		{"представители на общинската администрация", "representatives of the municipal administration"},
		{"съвместни проекти на различни нива", "at different levels"},
	},
	"giurgiu": {
		{"9 май 2002 г.", "9 May 2002"},
		{"„Еврорегион Данубиус“", "Euroregion Danubius association"},
		{"Областна администрация – Русе (учредител)", "Ruse Regional Administration (founder)"},
		{"Окръжен съвет Гюргево (учредител)", "Giurgiu County Council (founder)"},
		{"представители на местни и регионални власти от България и Румъния", "representatives of local and regional authorities of Bulgaria and Romania"},
		{"неправителствени и обществени организации от префектура Гюргево и област Русе", "non-governmental and civic organisations from Giurgiu prefecture and Ruse Province"},
		{"самостоятелно юридическо лице", "legal entity in its own right"},
		{"Еврорегион се нарича сдружение", "A euroregion is an association"},
		{"Основни дейности", "Main activities"},
		{"подпомагане и съдействие на централните и местните власти", "supporting and assisting the central and local authorities"},
		{"Европейската рамкова конвенция за трансгранично сътрудничество", "European Outline Convention on Transfrontier Co-operation"},
		{"насърчаване, консултиране и координиране на трансграничното сътрудничество между България и Румъния", "promoting, advising on and coordinating cross-border cooperation between Bulgaria and Romania"},
		{"икономическото развитие, транспорта, околната среда, образованието, пазара на труда, здравеопазването, културата и земеделието", "economic development, transport, the environment, education, the labour market, healthcare, culture and agriculture"},
		{"подпомагане и развиване на отношенията между всички свои членове", "supporting and developing relations among all its members"},
		{"обмен на информация, координация и взаимна консултация", "exchange of information, coordination and mutual consultation"},
		{"проучване на възможностите и съдействие за реализирането им", "exploring the opportunities"},
		{"програми и инициативи за трансгранично сътрудничество, както и във всички останали програми и инициативи", "programmes and initiatives for cross-border cooperation, and in all other programmes and initiatives"},
	},
	"volgograd": {
		{"2000 г.", "2000"},
		{"документ между Русе и Волгоград", "document between Ruse and Volgograd"},
		{"разширяване и засилване на връзките", "broadening and strengthening ties"},
		{"промишленото производство", "industrial production"},
		{"транспортните връзки", "transport links"},
		{"туристическо-екскурзионния и културния обмен", "tourist and excursion exchange, and cultural exchange"},
	},
	"peristeri": {
		{"1986 г.", "1986"}, {"договор за побратимяване", "twinning agreement"},
		{"К. Джамбазов (кмет)", "K. Dzhambazov (mayor)"},
		{"културни, образователни и делови контакти на високо ниво", "cultural, educational and business contacts at a high level"},
		{"Февруари 2002 г.", "February 2002"},
		{"Център за изучаване на гръцки език „Перистери“", `"Peristeri" Greek Language Centre`},
		{"училище „Възраждане“", "Vazrazhdane School"},
		{"XIV училище в Атина (побратимено с училище „Възраждане“)", "14th School in Athens (twinned with Vazrazhdane School)"},
	},
	"huainan": {
		{"24 септември 1994 г.", "24 September 1994"}, {"Хуай Нан, Китай", "Huainan, China"},
		{"споразумение за установяване на приятелски връзки и сътрудничество", "agreement establishing friendly relations and cooperation"},
		{"Дружество за българо-китайско приятелство (съдейства за подписването", "Bulgarian–Chinese Friendship Society (assisted in the signing"},
		{"постоянен обществен партньор на Община Русе", "permanent civil-society partner of the Municipality of Ruse"},
		{"взаимно полезните контакти и инициативи между Русе и Хуай Нан", "mutually beneficial contacts and initiatives between Ruse and Huainan"},
		{"почти ежегодни делегации, предимно от китайска страна", "delegations almost every year, mostly from the Chinese side"},
		{"взаимните гостувания на художници от Русе, от Хуай Нан и от провинция Анхуе", "Artists from Ruse and from Huainan and Anhui Province"},
	},
	"ujbuda": {
		{"19 август 2010 г.", "19 August 2010"}, {"Будапеща", "Budapest"},
		{"11-ият район", "11th district"},
		{"Община Русе подписа спогодба", "Municipality of Ruse signed an agreement"},
		{"социалната, икономическата и културната сфера", "social, economic and cultural spheres"},
		{"амбиции за бъдещо партньорство в сферата на туризма, културата и образованието", "ambitions for a future partnership in tourism, culture and education"},
	},
	"trogir": {
		{"Януари 2011 г.", "January 2011"},
		{"споразумение за сътрудничество", "cooperation agreement"},
		{"обмен на добри практики и реализиране на общи проекти в областта на културата и туризма", "exchanging good practice and carrying out joint projects in culture and tourism"},
	},
	"bijeljina": {
		{"Без дата", "Date not given"},
		{"около август 2009 г. (вж. бележките)", "about August 2009 (see the notes)"},
		{"споразумението за побратимяване", "twinning agreement"},
		{"разширяване на икономическото сътрудничество", "broadening economic cooperation"},
		{"подпомагане на стабилното сътрудничество в социалната и научно-техническата област, в областта на здравеопазването и образованието", "supporting stable cooperation in the social, scientific and technical fields, in healthcare and in education"},
		{"стимулиране на развитието на връзките в областта на културата, туризма и спорта", "stimulating the development of ties in culture, tourism and sport"},
		{"развитие на сътрудничеството в областта на информационните технологии, иновационните и инвестиционните дейности", "developing cooperation in information technology and in innovation and investment activities"},
		{"обмяна на опит в работата по усъвършенстването на структурата и упълномощаването на органите на местното самоуправление на градско ниво", "sharing experience in the work of improving the structure and the empowerment of local self-government bodies at city level"},
		{"разработване и реализиране на различни програми за сътрудничество не само в горепосочените области, а и в други, които могат да се появят в бъдеще", "drawing up and carrying out various cooperation programmes, not only in the fields above but also in others that may arise in future"},
		{"подпомагане на разширяването на партньорските взаимоотношения и сътрудничества при подписването на необходимите документи в бъдеще", "supporting the widening of partnership relations and cooperation when the necessary documents are signed in future"},
	},
	"simferopol": {
		{"1986 г.", "1986"}, {"23 септември 2008 г.", "23 September 2008"},
		{"Украйна", "Ukraine"},
		{"Договора за дружба и сътрудничество", "treaty of friendship and cooperation"},
		{"допълнително споразумение", "additional agreement"},
		{"Божидар Йотов (кмет на община Русе)", "Bozhidar Yotov (Mayor of Ruse Municipality)"},
		{"Бабенко (кмет на Симферопол)", "Babenko (Mayor of Simferopol)"},
		{"Двете страни ще се стремят да разширяват икономическото сътрудничество", "The two sides will strive to broaden economic cooperation"},
		{"в социалната и научно-техническата области, в социалната сфера, в здравеопазването и образованието", "in the social, scientific and technical fields, in the social sphere, in healthcare and in education"},
		{"Ще се стремят да разработват и осъществяват съвместни програми и проекти и да участват в изложби, панаири", "They will strive to develop and carry out joint programmes and projects and to take part in exhibitions, fairs"},
		{"Ще съдействат за развитието на отношенията в областта на културата, туризма и спорта", "They will help relations in culture, tourism and sport to develop"},
		{"Ще способстват за стабилното сътрудничество", "They will contribute to stable cooperation"},
	},
}

// notOnTheSource are claims a page must not make: the source page does
// not make them, or they are out of date.
var notOnTheSource = []string{
	"най-голям", "largest", "directly across", "точно срещу",
	"Република Босна", "Republic of Bosnia", "tourist excursions", "туристическите екскурзии",
	"standing public partner", "служители на общинската", "staff of the municipal",
}

// TestPagesTellEverySourceFact checks every partner's page, in both
// languages, against the municipality's page: every fact it gives is
// there, no claim it does not make is, and no date is told more than
// twice (in the lead and in the timeline, say).
func TestPagesTellEverySourceFact(t *testing.T) {
	ds, err := data.Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(sourceFacts) != len(ds.Partners) {
		t.Errorf("facts for %d partners, the dataset has %d", len(sourceFacts), len(ds.Partners))
	}
	for _, c := range ds.Partners {
		facts, ok := sourceFacts[c.ID]
		if !ok {
			t.Errorf("no source facts for %s", c.ID)
		}
		for _, l := range model.Langs {
			page := model.Document(ds.Home, c, l)
			for _, f := range facts {
				want := f.en
				if l == model.BG {
					want = f.bg
				}
				if !strings.Contains(page, want) {
					t.Errorf("%s (%s) does not say %q:\n%s", c.ID, l.Code(), want, page)
				}
			}
			for _, claim := range notOnTheSource {
				if strings.Contains(page, claim) {
					t.Errorf("%s (%s) says %q, which the source does not", c.ID, l.Code(), claim)
				}
			}
			checkDates(t, c, l, page)
		}
	}
}

// checkDates fails when a date of an event, or its year, appears more
// than twice on a page, or a dated event's date not at all.
func checkDates(t *testing.T, c model.City, l model.Lang, page string) {
	t.Helper()
	lower := strings.ToLower(page)
	for _, e := range c.Events {
		if e.Date.Precision == model.NoDate {
			continue
		}
		date := strings.ToLower(model.FormatDate(e.Date, l))
		if n := strings.Count(lower, date); n == 0 || n > 2 {
			t.Errorf("%s (%s): %q appears %d times", c.ID, l.Code(), date, n)
		}
		year := regexp.MustCompile(`\b` + strconv.Itoa(e.Date.Year) + `\b`)
		if n := len(year.FindAllString(page, -1)); n > 2 {
			t.Errorf("%s (%s): the year %d appears %d times", c.ID, l.Code(), e.Date.Year, n)
		}
	}
	// An undated event's date from another source is a date too.
	for _, d := range []string{"август 2009", "august 2009"} {
		if n := strings.Count(lower, d); n > 2 {
			t.Errorf("%s (%s): %q appears %d times", c.ID, l.Code(), d, n)
		}
	}
}

// TestPageGoldens compares every real page, in both languages, with its
// reviewed markdown in testdata/pages: a change to a text or to the page's
// structure shows there as a diff to read against the source page
// (go test ./data -run PageGoldens -update, then review).
func TestPageGoldens(t *testing.T) {
	ds, err := data.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range append([]model.City{ds.Home}, ds.Partners...) {
		for _, l := range model.Langs {
			path := filepath.Join("testdata", "pages", c.ID+"."+l.Code()+".md")
			got := model.Document(ds.Home, c, l)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (go test ./data -run PageGoldens -update creates it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs (go test ./data -run PageGoldens -update, then review):\n%s", path, got)
			}
		}
	}
}
