package serve

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"

	"github.com/ruse-twins/ruse-twins/ui/termsafe"
)

// hostKey reads the server's private key from path, or, when there is no
// file there, makes a new ed25519 key and writes it there, readable by its
// owner only; created reports which. The directory must exist: a mistyped
// path is an error, never a key left somewhere unexpected.
func hostKey(path string) (signer gossh.Signer, created bool, err error) {
	if path == "" {
		return nil, false, errors.New("--host-key PATH is required: where the server's key is kept (made there on the first start)")
	}
	b, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		b, err = newHostKey(path)
		created = true
	case err == nil:
		err = privateFile(path)
	}
	if err != nil {
		return nil, false, fmt.Errorf("--host-key %s: %w", termsafe.Quote(path), err)
	}
	signer, err = gossh.ParsePrivateKey(b)
	if err != nil {
		return nil, false, fmt.Errorf("--host-key %s: %w", termsafe.Quote(path), err)
	}
	return signer, created, nil
}

// newHostKey makes an ed25519 key, writes it at path in OpenSSH's format
// with mode 0600 (failing if a file appeared there meanwhile), and returns
// the file's bytes.
func newHostKey(path string) ([]byte, error) {
	if fi, err := os.Stat(filepath.Dir(path)); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("the directory %s does not exist", termsafe.Quote(filepath.Dir(path)))
	}
	_, key, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	block, err := gossh.MarshalPrivateKey(key, "ruse-twins host key")
	if err != nil {
		return nil, err
	}
	b := pem.EncodeToMemory(block)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		os.Remove(path)
		return nil, err
	}
	return b, f.Close()
}

// privateFile refuses a key file that others than its owner may read, as
// sshd does: such a key may have been copied.
func privateFile(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	if fi.Mode().Perm()&0o077 != 0 {
		return fmt.Errorf("others may read this key (mode %04o); chmod 600 it", fi.Mode().Perm())
	}
	return nil
}
