package jurisdiction_test

import (
	"testing"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// BenchmarkNewCatalog measures building a catalog the size of the
// built-in one from its contents: validation of every rule, mechanism,
// bloc, profile and region, and the version hash.
func BenchmarkNewCatalog(b *testing.B) {
	c := jurisdiction.Default().Contents()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := jurisdiction.NewCatalog("bench", c); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCatalogRegion measures looking a provider region up.
func BenchmarkCatalogRegion(b *testing.B) {
	cat := jurisdiction.Default()
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := cat.Region("aws:cn-north-1"); !ok {
			b.Fatal("aws:cn-north-1 is not in the catalog")
		}
	}
}
