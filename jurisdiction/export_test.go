package jurisdiction

// SpecificPage is pageURL, for the external tests.
var SpecificPage = pageURL
