package sarif

// URIReference is uriReference, for tests.
var URIReference = uriReference
