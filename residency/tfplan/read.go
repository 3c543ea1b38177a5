package tfplan

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/internal/textcheck"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// MaxPlanBytes is the largest plan document Read accepts: 256 MiB, room
// for plans of tens of thousands of resources.
const MaxPlanBytes = 256 << 20

// maxPlanBytes is MaxPlanBytes, lowered by tests.
var maxPlanBytes = MaxPlanBytes

// Errors Read wraps. Test for them with errors.Is.
var (
	// ErrTooLarge is returned for a document over MaxPlanBytes.
	ErrTooLarge = errors.New("tfplan: plan document too large")
	// ErrFormat is returned for a document that is not JSON or not a plan
	// in a format version Read understands.
	ErrFormat = errors.New("tfplan: not a Terraform plan in JSON format 0.1, 0.2 or 1.x")
	// ErrTag is wrapped by a ResourceError for a malformed or unusable
	// dataresidency_* tag value.
	ErrTag = errors.New("bad dataresidency tag")
)

// A ResourceError is a problem with one resource of the plan. Read joins
// them into the error it returns with its Result.
type ResourceError struct {
	Address string
	Err     error
}

// Error returns the problem prefixed with the resource's address.
func (e *ResourceError) Error() string { return "tfplan: " + e.Address + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *ResourceError) Unwrap() error { return e.Err }

// A Resource names a resource of the plan that the reader did not turn into
// a store, or only partly, and why.
type Resource struct {
	Address string `json:"address"`
	Type    string `json:"type"`
	Reason  string `json:"reason"`
}

// A Result is what Read found in a plan.
type Result struct {
	// Topology holds the stores, flows and datasets read from the plan.
	Topology *residency.Topology
	// Unsupported lists the resources whose types the reader does not
	// support, data sources included: nothing about them was checked.
	Unsupported []Resource
	// Unlocated lists the resources, replicas and replication flows whose
	// location the plan does not determine. They are not in the topology.
	Unlocated []Resource
	// Notes are facts recorded in a simplified form that the topology
	// cannot state in full, such as multi-Region KMS keys.
	Notes []Resource
	// NoData lists the resources of types known to hold no customer data
	// at rest (IAM, network, bucket settings, key aliases, random values):
	// they make no store, and nothing about them needs checking. Each
	// Reason says what kind of resource it is.
	NoData []Resource
}

// An Option configures Read.
type Option func(*settings)

type settings struct {
	catalog  *jurisdiction.Catalog
	dataset  *residency.Dataset
	entities []residency.Entity
	name     string
	facts    *Facts
}

// WithDataset places ds in every store that has no dataresidency_* tags and
// receives no replication (see the package documentation). The dataset is
// added to the topology when a store holds it; a dataset a tag names with
// the same ID is merged into it. If ds names a Controller, pass the entity
// with WithEntities.
func WithDataset(ds residency.Dataset) Option {
	return func(s *settings) { d := ds; s.dataset = &d }
}

// WithEntities adds entities to the topology, such as the controller of a
// dataset given with WithDataset. Their IDs must not start with
// residency.CatalogEntityPrefix.
func WithEntities(es ...residency.Entity) Option {
	return func(s *settings) { s.entities = append(s.entities, es...) }
}

// WithCatalog checks regions and finds operators in cat instead of
// jurisdiction.Default. Assess the topology against the same catalog.
func WithCatalog(cat *jurisdiction.Catalog) Option {
	return func(s *settings) { s.catalog = cat }
}

// WithName sets the topology's name; the default is "terraform-plan".
func WithName(name string) Option {
	return func(s *settings) { s.name = name }
}

// Read reads the JSON that `terraform show -json <planfile>` prints and
// returns the topology it describes, with the resources it did not
// support or could not locate. See the package documentation for what is
// read and how. The error is non-nil with a nil Result when the document
// cannot be read at all (ErrTooLarge, ErrFormat); it is non-nil with a
// Result when individual resources had problems, each a *ResourceError.
func Read(plan []byte, opts ...Option) (res *Result, err error) {
	defer func() {
		// Read is written not to panic on any input; should a bug make it,
		// the caller gets an error rather than a crash.
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("tfplan: internal error reading the plan (please report it): %v", p)
		}
	}()
	var s settings
	for _, o := range opts {
		if o != nil {
			o(&s)
		}
	}
	if s.catalog == nil {
		s.catalog = jurisdiction.Default()
	}
	if s.name == "" {
		s.name = "terraform-plan"
	}
	if len(plan) > maxPlanBytes {
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, len(plan), maxPlanBytes)
	}
	syntax, strictErr := checkDocument(plan)
	if strictErr != nil && !syntax {
		return nil, strictErr
	}
	var p planJSON
	dec := json.NewDecoder(bytes.NewReader(plan))
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: data after the plan object", ErrFormat)
	}
	if strictErr != nil {
		return nil, strictErr // a syntax error the decoder let through
	}
	major, minor, _ := strings.Cut(p.FormatVersion, ".")
	switch {
	case p.FormatVersion == "":
		return nil, fmt.Errorf("%w: no format_version", ErrFormat)
	case !digits(major) || !digits(minor):
		return nil, fmt.Errorf("%w: format_version %q is not a version (MAJOR.MINOR, such as 1.2)", ErrFormat, p.FormatVersion)
	case !supportedFormat(major, minor):
		return nil, fmt.Errorf("%w: format_version %q is not supported (0.1 and 0.2, from Terraform 0.12 to 1.0, and 1.x are)", ErrFormat, p.FormatVersion)
	case p.PlannedValues == nil:
		return nil, fmt.Errorf("%w: no planned_values (a state, not a plan?)", ErrFormat)
	}
	r := newReader(&p, &s)
	r.run()
	return r.result()
}

// supportedFormat reports whether Read understands format_version
// MAJOR.MINOR: 1.x (Terraform 1.1 on, and OpenTofu), and 0.1 and 0.2
// (Terraform 0.12 to 1.0), whose differences the reader handles: short
// provider names ("aws", "aws.us") and provider_config_keys that name a
// module call rather than a provider configuration.
func supportedFormat(major, minor string) bool {
	if major == "1" {
		return true
	}
	return major == "0" && (minor == "1" || minor == "2")
}

// digits reports whether s is one or more ASCII digits.
func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// The plan representation, as far as the reader uses it.

type planJSON struct {
	FormatVersion    string                  `json:"format_version"`
	TerraformVersion string                  `json:"terraform_version"`
	Variables        map[string]variableJSON `json:"variables"`
	PlannedValues    *valuesJSON             `json:"planned_values"`
	PriorState       *stateJSON              `json:"prior_state"`
	ResourceChanges  []changeJSON            `json:"resource_changes"`
	Configuration    *configJSON             `json:"configuration"`
}

type variableJSON struct {
	Value any `json:"value"`
}

type stateJSON struct {
	Values *valuesJSON `json:"values"`
}

type valuesJSON struct {
	RootModule *moduleJSON `json:"root_module"`
}

type moduleJSON struct {
	Address      string         `json:"address"`
	Resources    []resourceJSON `json:"resources"`
	ChildModules []moduleJSON   `json:"child_modules"`
}

type resourceJSON struct {
	Address      string         `json:"address"`
	Mode         string         `json:"mode"`
	Type         string         `json:"type"`
	Name         string         `json:"name"`
	ProviderName string         `json:"provider_name"`
	Values       map[string]any `json:"values"`
}

type changeJSON struct {
	Address string `json:"address"`
	Deposed string `json:"deposed"`
	Change  struct {
		Actions      []string `json:"actions"`
		AfterUnknown any      `json:"after_unknown"`
	} `json:"change"`
}

type configJSON struct {
	ProviderConfig map[string]providerJSON `json:"provider_config"`
	RootModule     *configModuleJSON       `json:"root_module"`
}

type providerJSON struct {
	Name          string         `json:"name"`
	FullName      string         `json:"full_name"`
	Alias         string         `json:"alias"`
	ModuleAddress string         `json:"module_address"`
	Expressions   map[string]any `json:"expressions"`
}

type configModuleJSON struct {
	Resources   []configResourceJSON      `json:"resources"`
	ModuleCalls map[string]moduleCallJSON `json:"module_calls"`
}

type moduleCallJSON struct {
	Module *configModuleJSON `json:"module"`
}

type configResourceJSON struct {
	Address           string         `json:"address"`
	Mode              string         `json:"mode"`
	Type              string         `json:"type"`
	Name              string         `json:"name"`
	ProviderConfigKey string         `json:"provider_config_key"`
	Expressions       map[string]any `json:"expressions"`
}

// An instance is one resource instance of the planned values.
type instance struct {
	addr     string
	module   string // module instance address, "" in the root module
	mode     string
	typ      string
	name     string
	provider string // "aws", "azure", "gcp", "alicloud", or ""
	source   string // provider_name as the plan gives it
	// ptype is the provider type ("aws", "google-beta"); short is the
	// provider_name when it is a local name with an optional alias, as
	// format 0.1 gives it for Terraform 0.12 ("aws", "aws.us"), else "".
	ptype, short string
	values       map[string]any
	unknown      any // after_unknown
	cfg          *configResourceJSON
	seq          int // position in plan order
}

type reader struct {
	p   *planJSON
	s   *settings
	cat *jurisdiction.Catalog

	insts  []*instance
	byAddr map[string]*instance
	// byRes lists instances by module instance and resource, "module|type.name".
	byRes map[string][]*instance
	// byType lists managed instances by type; index caches valueIndex.
	byType  map[string][]*instance
	index   map[string]map[string]*instance
	regions map[string][2]string           // regionID results
	cfg     map[string]*configResourceJSON // by "config module path|mode|type.name"

	stores    map[string]*store
	storeList []*store
	flows     map[string]*residency.Flow
	// unlocated records the addresses of resources that are not stores
	// because their location is unknown, to explain flows to them.
	unlocated map[string]bool

	unsupported, unlocatedList, notes, noData []Resource
	errs                                      []error
	tags                                      map[*instance]*tagInfo
	datasets                                  map[string]*dsAcc
	droppedErrs                               int
	selectable                                []storeFacts // see storeFacts
	globalMembers                             map[*instance][]*instance
	// areaCountries caches gcpAreaCountries.
	areaCountries map[string][]jurisdiction.Code
}

func newReader(p *planJSON, s *settings) *reader {
	r := &reader{
		p: p, s: s, cat: s.catalog,
		byAddr:    map[string]*instance{},
		byRes:     map[string][]*instance{},
		byType:    map[string][]*instance{},
		index:     map[string]map[string]*instance{},
		regions:   map[string][2]string{},
		cfg:       map[string]*configResourceJSON{},
		stores:    map[string]*store{},
		flows:     map[string]*residency.Flow{},
		unlocated: map[string]bool{},
		tags:      map[*instance]*tagInfo{},
	}
	if p.Configuration != nil && p.Configuration.RootModule != nil {
		r.indexConfig("", p.Configuration.RootModule, 0)
	}
	unknown := map[string]any{}
	for _, c := range p.ResourceChanges {
		if c.Deposed == "" {
			unknown[c.Address] = c.Change.AfterUnknown
		}
	}
	if p.PlannedValues.RootModule != nil {
		r.indexValues(p.PlannedValues.RootModule, "", unknown, false, 0)
	}
	if p.PriorState != nil && p.PriorState.Values != nil && p.PriorState.Values.RootModule != nil {
		// Data sources read while planning are only in the prior state.
		r.indexValues(p.PriorState.Values.RootModule, "", nil, true, 0)
	}
	return r
}

// maxModuleDepth bounds the recursion into nested modules.
const maxModuleDepth = 1000

func (r *reader) indexConfig(path string, m *configModuleJSON, depth int) {
	if depth > maxModuleDepth {
		return
	}
	for i := range m.Resources {
		c := &m.Resources[i]
		mode := c.Mode
		if mode == "" {
			mode = "managed"
		}
		key := path + "|" + mode + "|" + c.Type + "." + c.Name
		if _, dup := r.cfg[key]; !dup {
			r.cfg[key] = c
		}
	}
	names := make([]string, 0, len(m.ModuleCalls))
	for n := range m.ModuleCalls {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		if call := m.ModuleCalls[n]; call.Module != nil {
			r.indexConfig(joinModule(path, "module."+n), call.Module, depth+1)
		}
	}
}

func joinModule(path, step string) string {
	if path == "" {
		return step
	}
	return path + "." + step
}

func (r *reader) indexValues(m *moduleJSON, module string, unknown map[string]any, dataOnly bool, depth int) {
	if depth > maxModuleDepth {
		return
	}
	for i := range m.Resources {
		rj := &m.Resources[i]
		mode := rj.Mode
		if mode == "" {
			mode = "managed"
		}
		if dataOnly && mode != "data" {
			continue
		}
		if rj.Address == "" {
			what, where := "a resource of no type", "the root module"
			if rj.Type != "" {
				what = fmt.Sprintf("a %s resource", rj.Type)
			}
			if module != "" {
				where = fmt.Sprintf("module %q", module)
			}
			r.addErr(&instance{addr: "(no address)"}, fmt.Errorf("%s in %s has no address", what, where))
			continue
		}
		addr := rj.Address
		if module != "" && !strings.HasPrefix(addr, module+".") {
			// Terraform 0.12 writes the data sources of a child module in
			// prior_state with addresses relative to the module.
			addr = module + "." + addr
		}
		if c, bad := textcheck.BadRune(addr); bad {
			// Terraform escapes the keys in an address; a raw control
			// character or invalid UTF-8 cannot make an ID.
			r.addErr(&instance{addr: addr}, fmt.Errorf("the address holds %U, which Terraform escapes and no ID may: the resource is not read", c))
			continue
		}
		if _, dup := r.byAddr[addr]; dup {
			if !dataOnly {
				r.addErr(&instance{addr: addr}, errors.New("listed twice in planned_values; the first is read"))
			}
			continue
		}
		in := &instance{
			addr: addr, module: module, mode: mode, typ: rj.Type, name: rj.Name,
			provider: providerID(rj.ProviderName, rj.Type), source: rj.ProviderName, values: rj.Values,
			ptype: providerType(rj.ProviderName, rj.Type), short: shortProvider(rj.ProviderName),
		}
		if in.values == nil {
			in.values = map[string]any{}
		}
		if unknown != nil {
			in.unknown = unknown[addr]
		}
		in.cfg = r.cfg[stripKeys(module)+"|"+mode+"|"+rj.Type+"."+rj.Name]
		in.seq = len(r.insts)
		r.insts = append(r.insts, in)
		if mode == "managed" {
			r.byType[in.typ] = append(r.byType[in.typ], in)
		}
		r.byAddr[in.addr] = in
		k := module + "|" + in.typ + "." + in.name
		if mode == "data" {
			k = module + "|data." + in.typ + "." + in.name
		}
		r.byRes[k] = append(r.byRes[k], in)
	}
	for i := range m.ChildModules {
		c := &m.ChildModules[i]
		r.indexValues(c, c.Address, unknown, dataOnly, depth+1)
	}
}

// stripKeys removes instance keys from a module address:
// module.a[0].module.b["x"] gives module.a.module.b.
func stripKeys(addr string) string {
	if !strings.Contains(addr, "[") {
		return addr
	}
	var b strings.Builder
	depth, inStr, esc := 0, false, false
	for i := 0; i < len(addr); i++ {
		c := addr[i]
		switch {
		case inStr:
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
			}
		case c == '"' && depth > 0:
			inStr = true
		case c == '[':
			depth++
		case c == ']':
			if depth > 0 {
				depth--
			}
		case depth == 0:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// providerID maps a provider source address ("registry.terraform.io/
// hashicorp/aws", "registry.opentofu.org/hashicorp/aws", or a local name
// as Terraform 0.12 gives it, "aws" or "aws.us") to the catalog's provider
// ID, falling back on the resource type's prefix when the name is empty.
func providerID(providerName, typ string) string {
	switch providerType(providerName, typ) {
	case "aws":
		return "aws"
	case "azurerm":
		return "azure"
	case "google", "google-beta":
		return "gcp"
	case "alicloud":
		return "alicloud"
	}
	return ""
}

// providerType returns the provider type a provider_name names: the last
// step of a source address, or a local name without its alias (and
// without the "provider." prefix of older states); with no name, the
// resource type's prefix.
func providerType(providerName, typ string) string {
	name := providerName
	if i := strings.Index(name, `["`); i >= 0 {
		// provider["registry.terraform.io/hashicorp/aws"].alias
		name = name[i+2:]
		if j := strings.Index(name, `"]`); j >= 0 {
			name = name[:j]
		}
	}
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	} else {
		name = strings.TrimPrefix(name, "provider.")
		name, _, _ = strings.Cut(name, ".")
	}
	if name == "" {
		name, _, _ = strings.Cut(typ, "_")
	}
	return name
}

// shortProvider returns a provider_name that is a local name with an
// optional alias ("aws", "aws.us"), as Terraform 0.12 writes it, and ""
// for a source address.
func shortProvider(providerName string) string {
	if providerName == "" || strings.ContainsAny(providerName, "/[\"") {
		return ""
	}
	return strings.TrimPrefix(providerName, "provider.")
}

func (r *reader) run() {
	var stores, links []*instance
	for _, in := range r.insts {
		if in.mode == "data" {
			r.unsupported = append(r.unsupported, Resource{in.addr, in.typ,
				"data source: reads an object that exists outside the plan; not checked"})
			continue
		}
		h, ok := handlers[in.typ]
		if !ok {
			if why := noDataReason(in); why != "" {
				r.noData = append(r.noData, Resource{in.addr, in.typ, why})
				continue
			}
			r.unsupported = append(r.unsupported, Resource{in.addr, in.typ, "resource type not supported; not checked"})
			continue
		}
		if in.provider != h.provider {
			r.unsupported = append(r.unsupported, Resource{in.addr, in.typ,
				"resource type not supported with this provider; not checked"})
			continue
		}
		if h.store != nil {
			stores = append(stores, in)
		}
		if h.link != nil {
			links = append(links, in)
		}
	}
	for _, in := range stores {
		handlers[in.typ].store(r, in)
	}
	for _, in := range links {
		handlers[in.typ].link(r, in)
	}
}

// A handler reads one resource type: store makes its stores (first pass),
// link its flows and key custody once every store exists (second pass).
type handler struct {
	provider    string
	store, link func(*reader, *instance)
}

var handlers map[string]handler

func init() {
	handlers = map[string]handler{
		"aws_s3_bucket": {provider: "aws", store: awsS3Bucket, link: awsS3BucketLink},

		"aws_s3_bucket_replication_configuration":            {provider: "aws", link: awsS3Replication},
		"aws_s3_bucket_server_side_encryption_configuration": {provider: "aws", link: awsS3Encryption},

		"aws_db_instance":          {provider: "aws", store: awsRegional, link: awsDBInstanceLink},
		"aws_rds_cluster":          {provider: "aws", store: awsRegional, link: awsRDSClusterLink},
		"aws_rds_cluster_instance": {provider: "aws"}, // part of its cluster
		"aws_rds_global_cluster":   {provider: "aws", link: awsRDSGlobalCluster},

		"aws_dynamodb_table":         {provider: "aws", store: awsDynamoDBTable, link: awsDynamoDBTableLink},
		"aws_dynamodb_table_replica": {provider: "aws", store: awsDynamoDBReplica, link: awsDynamoDBReplicaLink},

		"aws_kms_key":         {provider: "aws", store: awsKMSKeyNote}, // read when a store names it
		"aws_kms_replica_key": {provider: "aws"},

		"azurerm_storage_account":      {provider: "azure", store: azureStorageAccount},
		"azurerm_mssql_server":         {provider: "azure"}, // read for its databases' location
		"azurerm_sql_server":           {provider: "azure"},
		"azurerm_mssql_database":       {provider: "azure", store: azureMSSQLDatabase, link: azureDatabaseLink},
		"azurerm_sql_database":         {provider: "azure", store: azureSQLDatabase, link: azureDatabaseLink},
		"azurerm_mssql_failover_group": {provider: "azure", link: azureFailoverGroup},
		"azurerm_sql_failover_group":   {provider: "azure", link: azureFailoverGroup},
		"azurerm_cosmosdb_account":     {provider: "azure", store: azureCosmosDB},

		"google_storage_bucket":        {provider: "gcp", store: gcpStorageBucket},
		"google_sql_database_instance": {provider: "gcp", store: gcpSQLInstance, link: gcpSQLInstanceLink},

		"aws_ebs_volume":                    awsKeyed("volume encryption key", "kms_key_id"),
		"aws_ebs_snapshot":                  {provider: "aws", store: awsRegional, link: awsEBSSnapshotLink},
		"aws_ebs_snapshot_copy":             {provider: "aws", store: awsRegional, link: awsEBSSnapshotCopyLink},
		"aws_efs_file_system":               awsKeyed("file system encryption key", "kms_key_id"),
		"aws_efs_replication_configuration": {provider: "aws", link: awsEFSReplication},
		"aws_fsx_lustre_file_system":        awsKeyed("file system encryption key", "kms_key_id"),
		"aws_fsx_windows_file_system":       awsKeyed("file system encryption key", "kms_key_id"),
		"aws_fsx_ontap_file_system":         awsKeyed("file system encryption key", "kms_key_id"),
		"aws_fsx_openzfs_file_system":       awsKeyed("file system encryption key", "kms_key_id"),
		"aws_opensearch_domain":             awsKeyed("at-rest encryption key", "encrypt_at_rest", 0, "kms_key_id"),
		"aws_elasticsearch_domain":          awsKeyed("at-rest encryption key", "encrypt_at_rest", 0, "kms_key_id"),
		"aws_neptune_cluster":               {provider: "aws", store: awsRegional, link: awsClusterLink("kms_key_arn")},
		"aws_docdb_cluster":                 {provider: "aws", store: awsRegional, link: awsClusterLink("kms_key_id")},
		"aws_redshift_cluster":              {provider: "aws", store: awsRegional, link: awsRedshiftLink},
		"aws_redshift_snapshot_copy":        {provider: "aws", link: awsRedshiftSnapshotCopy},
		"aws_redshiftserverless_namespace":  awsKeyed("namespace encryption key", "kms_key_id"),
		"aws_elasticache_replication_group": {provider: "aws", store: awsElastiCache, link: awsElastiCacheLink},
		"aws_elasticache_cluster":           {provider: "aws", store: awsElastiCache, link: awsElastiCacheLink},
		"aws_memorydb_cluster":              {provider: "aws", store: awsRegional, link: awsMemoryDBLink},
		"aws_backup_vault":                  {provider: "aws", store: awsBackupVault, link: awsKeyed("vault encryption key", "kms_key_arn").link},
		"aws_backup_plan":                   {provider: "aws", link: awsBackupPlan},
		"aws_glacier_vault":                 {provider: "aws", store: awsRegional},
		"aws_kinesis_stream":                awsKeyed("stream encryption key", "kms_key_id"),
		"aws_sqs_queue":                     awsKeyed("queue encryption key", "kms_master_key_id"),
		"aws_secretsmanager_secret":         {provider: "aws", store: awsSecret, link: awsSecretLink},
		"aws_cloudwatch_log_group":          awsKeyed("log group encryption key", "kms_key_id"),
		"aws_timestreamwrite_database":      awsKeyed("database encryption key", "kms_key_id"),
		"aws_qldb_ledger":                   awsKeyed("ledger encryption key", "kms_key"),
		"aws_keyspaces_keyspace":            {provider: "aws", store: awsKeyspace},
		"aws_lightsail_database":            {provider: "aws", store: awsRegional},

		"azurerm_postgresql_flexible_server":   {provider: "azure", store: azureDBServer, link: azureDBServerLink},
		"azurerm_mysql_flexible_server":        {provider: "azure", store: azureDBServer, link: azureDBServerLink},
		"azurerm_postgresql_server":            {provider: "azure", store: azureDBServer, link: azureDBServerLink},
		"azurerm_mysql_server":                 {provider: "azure", store: azureDBServer, link: azureDBServerLink},
		"azurerm_mariadb_server":               {provider: "azure", store: azureDBServer, link: azureDBServerLink},
		"azurerm_data_lake_store":              {provider: "azure", store: azureLocated},
		"azurerm_recovery_services_vault":      {provider: "azure", store: azureVault("storage_mode_type")},
		"azurerm_data_protection_backup_vault": {provider: "azure", store: azureVault("redundancy")},
		"azurerm_managed_disk":                 {provider: "azure", store: azureLocated},
		"azurerm_snapshot":                     {provider: "azure", store: azureLocated, link: azureSnapshotLink},
		"azurerm_redis_cache":                  {provider: "azure", store: azureLocated},
		"azurerm_synapse_workspace":            {provider: "azure", store: azureLocated},
		"azurerm_kusto_cluster":                {provider: "azure", store: azureLocated},
		"azurerm_cosmosdb_postgresql_cluster":  {provider: "azure", store: azureLocated},

		"google_bigquery_dataset":    {provider: "gcp", store: gcpAt(bigQueryMulti, "location")},
		"google_spanner_instance":    {provider: "gcp", store: gcpSpanner},
		"google_firestore_database":  {provider: "gcp", store: gcpAt(firestoreMulti, "location_id")},
		"google_bigtable_instance":   {provider: "gcp", store: gcpBigtable},
		"google_filestore_instance":  {provider: "gcp", store: gcpAt(noMulti, "location", "zone")},
		"google_compute_disk":        {provider: "gcp", store: gcpAt(noMulti, "zone")},
		"google_compute_region_disk": {provider: "gcp", store: gcpRegional},
		"google_compute_snapshot":    {provider: "gcp", store: gcpComputeSnapshot, link: gcpComputeSnapshotLink},
		"google_redis_instance":      {provider: "gcp", store: gcpRegional},
		"google_alloydb_cluster":     {provider: "gcp", store: gcpAt(noMulti, "location"), link: gcpAlloyDBLink},

		"alicloud_oss_bucket":             {provider: "alicloud", store: alicloudOSSBucket},
		"alicloud_oss_bucket_replication": {provider: "alicloud", link: alicloudOSSReplication},
	}
}

// Supported reports whether Read supports the resource type, and which
// provider ("aws", "azure", "gcp", "alicloud") it belongs to.
func Supported(resourceType string) (provider string, ok bool) {
	h, ok := handlers[resourceType]
	return h.provider, ok
}

// SupportedTypes returns the supported resource types, sorted.
func SupportedTypes() []string {
	out := make([]string, 0, len(handlers))
	for t := range handlers {
		out = append(out, t)
	}
	slices.Sort(out)
	return out
}

func (r *reader) addUnlocated(in *instance, format string, args ...any) {
	r.unlocatedList = append(r.unlocatedList, Resource{in.addr, in.typ, fmt.Sprintf(format, args...)})
}

func (r *reader) addNote(in *instance, format string, args ...any) {
	r.notes = append(r.notes, Resource{in.addr, in.typ, fmt.Sprintf(format, args...)})
}

// maxErrors is the most resource errors Read reports; past it a last
// error says how many more there were.
const maxErrors = 1000

func (r *reader) addErr(in *instance, err error) {
	if len(r.errs) >= maxErrors {
		r.droppedErrs++
		return
	}
	r.errs = append(r.errs, &ResourceError{Address: in.addr, Err: err})
}
