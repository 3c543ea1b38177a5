package residency

import (
	"fmt"
	"strings"

	"github.com/dataresidency/dataresidency/internal/clip"
	"github.com/dataresidency/dataresidency/jurisdiction"
)

// unknownRegion is the error for a region ID the catalog does not have:
// it wraps [jurisdiction.ErrUnknownRegion] and names the three nearest IDs
// the catalog does have, so that a typo is never a silent pass.
func unknownRegion(cat *jurisdiction.Catalog, id string) error {
	var near []string
	for _, r := range cat.NearestRegions(id, 3) {
		near = append(near, r.ID())
	}
	if len(near) == 0 {
		near = []string{"(the catalog has no regions)"}
	}
	return fmt.Errorf("%w %s; nearest: %s", jurisdiction.ErrUnknownRegion, clip.Quote(id), strings.Join(near, ", "))
}
