// Command vcsim is a small wrapper around the govmomi vSphere simulator,
// tailored for pyvmomo's integration tests.
//
// It is built from Debian's golang-github-vmware-govmomi-dev (govmomi 0.24.2),
// which ships the simulator package but not upstream's vcsim command, so we
// keep our own minimal main here. Once listening it prints
// "VCSIM_TUNNEL=<host>:<port>" (only with -tunnel) and then, always last,
// "VCSIM_URL=<scheme>://<host>:<port>/sdk", which the Python test helper
// (tests/vcsim.py) waits for.
//
// The vCenter model also serves the Storage Policy (PBM) service from
// govmomi's pbm/simulator, at /pbm (govmomi's path) and /pbm/sdk (the path
// pyvmomi and real vCenters use); both reach the same PBM inventory.
package main

import (
	"bufio"
	"crypto/tls"
	"flag"
	"fmt"
	"io"
	"io/ioutil"
	"log"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	// Imported for its init(), which registers the PBM endpoint that
	// Service.RegisterEndpoints turns on (vCenter model only).
	_ "github.com/vmware/govmomi/pbm/simulator"
	"github.com/vmware/govmomi/simulator"
)

// pbmPath is where pbm/simulator registers itself (govmomi's pbm.Path); the
// simulator's mux matches it exactly, so /pbm/sdk needs its own handler.
const (
	pbmPath      = "/pbm"
	pbmAliasPath = "/pbm/sdk"
)

// parseMethodDelay parses "PowerOnVM_Task:500,CreateFolder:100".
func parseMethodDelay(s string) (map[string]int, error) {
	out := map[string]int{}
	for _, item := range strings.Split(s, ",") {
		if item = strings.TrimSpace(item); item == "" {
			continue
		}
		parts := strings.SplitN(item, ":", 2)
		if len(parts) != 2 {
			return nil, fmt.Errorf("bad -method-delay entry %q (want Method:ms)", item)
		}
		ms, err := strconv.Atoi(strings.TrimSpace(parts[1]))
		if err != nil || ms < 0 {
			return nil, fmt.Errorf("bad delay in -method-delay entry %q", item)
		}
		out[strings.TrimSpace(parts[0])] = ms
	}
	return out, nil
}

func main() {
	log.SetPrefix("vcsim: ")
	log.SetFlags(0)
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

// run is separate from main so that deferred cleanup (temp datastore
// directories) also happens on error paths; log.Fatal would skip it.
func run() error {
	listen := flag.String("listen", "127.0.0.1:0", "address to listen on (port 0 picks a free port)")
	kind := flag.String("model", "vpx", "inventory model: vpx (vCenter) or esx (standalone host)")
	// -1 keeps the model's own default, so the Python side passes only what it overrides.
	vms := flag.Int("vm", -1, "VMs per resource pool (-1: model default)")
	hosts := flag.Int("host", -1, "hosts per cluster, vpx only (-1: model default)")
	clusters := flag.Int("cluster", -1, "clusters per datacenter, vpx only (-1: model default)")
	delay := flag.Int("delay", 0, "delay in ms added to every SOAP method")
	methodDelay := flag.String("method-delay", "", "per-method delays, e.g. PowerOnVM_Task:500,CreateFolder:100")
	idle := flag.Duration("idle-timeout", 0, "session idle timeout, e.g. 1s (0: sessions never expire)")
	certFile := flag.String("tls-cert", "", "PEM certificate; serve HTTPS when set (with -tls-key)")
	keyFile := flag.String("tls-key", "", "PEM private key for -tls-cert")
	username := flag.String("username", "", "only this user may log in (with -password)")
	password := flag.String("password", "", "password for -username")
	tunnel := flag.Bool("tunnel", false, "also start the CONNECT tunnel (vCenter's sdkTunnel:8089) and print VCSIM_TUNNEL=host:port")
	watchStdin := flag.Bool("watch-stdin", true, "exit when stdin reaches EOF (so a dead parent never leaks us)")
	flag.Parse()

	if (*username == "") != (*password == "") {
		return fmt.Errorf("-username and -password must be given together")
	}
	if (*certFile == "") != (*keyFile == "") {
		return fmt.Errorf("-tls-cert and -tls-key must be given together")
	}
	md, err := parseMethodDelay(*methodDelay)
	if err != nil {
		return err
	}

	var model *simulator.Model
	switch *kind {
	case "vpx":
		model = simulator.VPX()
		if *hosts >= 0 {
			model.ClusterHost = *hosts
		}
		if *clusters >= 0 {
			model.Cluster = *clusters
		}
	case "esx":
		model = simulator.ESX()
	default:
		return fmt.Errorf("unknown -model %q (want vpx or esx)", *kind)
	}
	if *vms >= 0 {
		model.Machine = *vms
	}
	// Create() switches delays on only after building the inventory, so
	// they do not slow down start-up.
	model.DelayConfig = simulator.DelayConfig{Delay: *delay, MethodDelay: md}

	// A package-level variable in this govmomi version. Expiry is polled on a
	// timer of the same period, so a session dies between 1x and 2x the timeout.
	simulator.SessionIdleTimeout = *idle

	defer model.Remove()
	if err = model.Create(); err != nil {
		return fmt.Errorf("creating model: %w", err)
	}

	u := &url.URL{Host: *listen}
	if *username != "" {
		// The simulator checks credentials only when the listen URL carries
		// user info; otherwise any non-empty user/password logs in.
		u.User = url.UserPassword(*username, *password)
	}
	model.Service.Listen = u
	model.Service.RegisterEndpoints = true
	if *kind == "vpx" {
		svc := model.Service
		svc.HandleFunc(pbmAliasPath, func(w http.ResponseWriter, r *http.Request) {
			// ServeSDK picks its registry by r.URL.Path: rewrite a copy.
			alias := r.Clone(r.Context())
			alias.URL.Path = pbmPath
			svc.ServeSDK(w, alias)
		})
	}

	if *certFile != "" {
		// Our own certificate replaces httptest's built-in one, whose
		// 1024-bit RSA key current OpenSSL builds refuse.
		cert, err := tls.LoadX509KeyPair(*certFile, *keyFile)
		if err != nil {
			return fmt.Errorf("loading TLS key pair: %w", err)
		}
		model.Service.TLS = &tls.Config{Certificates: []tls.Certificate{cert}}
	}

	server := model.Service.NewServer() // already serving when it returns

	w := bufio.NewWriter(os.Stdout)
	if *tunnel {
		// An HTTP server answering CONNECT (any target) by splicing the
		// connection to the SDK listener, which then sees the client's own
		// TLS handshake, client certificate included.
		if err := server.StartTunnel(); err != nil {
			server.Close()
			return fmt.Errorf("starting the tunnel: %w", err)
		}
		fmt.Fprintf(w, "VCSIM_TUNNEL=%s\n", net.JoinHostPort(server.URL.Hostname(), strconv.Itoa(server.Tunnel)))
	}
	printable := *server.URL
	printable.User = nil    // never leak credentials into logs
	printable.RawQuery = "" // StartTunnel adds GOVMOMI_TUNNEL_PROXY_PORT there
	fmt.Fprintf(w, "VCSIM_URL=%s\n", printable.String())
	if err := w.Flush(); err != nil {
		server.Close()
		return fmt.Errorf("writing URL: %w", err)
	}

	done := make(chan string, 2)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGTERM, syscall.SIGINT)
	go func() { done <- (<-sigs).String() }()
	if *watchStdin {
		go func() {
			_, _ = io.Copy(ioutil.Discard, os.Stdin)
			done <- "stdin closed"
		}()
	}

	log.Printf("shutting down (%s)", <-done)
	// Close waits for in-flight requests (possibly sleeping in a configured
	// delay); bound that so shutdown stays prompt.
	closed := make(chan struct{})
	go func() { server.Close(); close(closed) }()
	select {
	case <-closed:
	case <-time.After(5 * time.Second):
		log.Print("gave up waiting for in-flight requests")
	}
	return nil
}
