package mainrun

import (
	"fmt"
	"testing"
)

func TestCheck(t *testing.T) {
	Check(t, func() { fmt.Println("== case\nRating: fine") }, "== ", "Rating:")
}
