package residency

// SetMaxDocumentBytes lowers the document size limit for a test and
// returns a function that restores it.
func SetMaxDocumentBytes(n int) (restore func()) {
	old := maxDocumentBytes
	maxDocumentBytes = n
	return func() { maxDocumentBytes = old }
}

// SetMaxItems lowers the per-section item limit for a test and returns a
// function that restores it.
func SetMaxItems(n int) (restore func()) {
	old := maxItems
	maxItems = n
	return func() { maxItems = old }
}

// SetMaxRefs lowers the limit on references from stores and flows for a
// test and returns a function that restores it.
func SetMaxRefs(n int) (restore func()) {
	old := maxRefs
	maxRefs = n
	return func() { maxRefs = old }
}
