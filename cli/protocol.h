/* The daemon's wire protocol (docs/protocol.md): fixed little-endian headers with a magic,
 * a version and the lengths of the fields that follow. Shared by the server, the client, the
 * tests and the bench. Everything here is plain C with no state. */
#ifndef PYRUST_CLI_PROTOCOL_H
#define PYRUST_CLI_PROTOCOL_H

#include <stddef.h>
#include <stdint.h>

#define PRP_VERSION 1u
#define PRP_REQUEST_MAGIC 0x51525950u   /* "PYRQ" as little-endian bytes */
#define PRP_RESPONSE_MAGIC 0x53525950u  /* "PYRS" */
#define PRP_REQUEST_HEADER 56u
#define PRP_RESPONSE_HEADER 56u
#define PRP_DEFAULT_MAX_REQUEST (16u << 20)   /* 16 MiB of body */

/* Message types (request and response share them; PRP_ERROR is a response only). */
enum {
    PRP_RUN = 1,     /* run a program; response: its result */
    PRP_STATS = 2,   /* server statistics; response body: "name: value\n" lines in output */
    PRP_ERROR = 3    /* response: the request could not be read; status is a prp_error */
};

/* Request flags. */
enum {
    PRP_FLAG_SCRIPT = 1u,    /* run as `pyrust FILE` does: no echo of the last expression */
    PRP_FLAG_NOCACHE = 2u,   /* skip the compile cache (a one-off program) */
    PRP_FLAGS_KNOWN = 3u
};

/* status of a PRP_ERROR response. */
enum prp_error {
    PRP_E_BAD_MAGIC = 1,
    PRP_E_VERSION = 2,
    PRP_E_TOO_LARGE = 3,
    PRP_E_TRUNCATED = 4,
    PRP_E_BAD_UTF8 = 5,
    PRP_E_BAD_TYPE = 6,
    PRP_E_BAD_FIELD = 7,
    PRP_E_BUSY = 8,
    PRP_E_SHUTDOWN = 9
};

typedef struct prp_request {
    uint16_t version;
    uint16_t type;
    uint32_t flags;
    uint32_t max_depth;
    uint64_t max_instructions;
    uint64_t timeout_ms;
    uint64_t max_output;
    uint32_t source_len;
    uint32_t filename_len;
    uint32_t argv_len;      /* bytes of argv: argc NUL-terminated strings back to back */
    uint32_t argc;
    const char *source;     /* body pointers (decoding: into the received body) */
    const char *filename;
    const char *argv;
} prp_request;

typedef struct prp_response {
    uint16_t version;
    uint16_t type;
    int32_t status;
    int32_t error_line;
    int32_t error_col;
    int32_t exit_code;
    uint32_t present;       /* PRP_HAS_* bits: which optional texts exist (NULL vs "") */
    uint32_t run_us;        /* server time spent running, microseconds (saturating) */
    const char *output;       uint32_t output_len;
    const char *error_output; uint32_t error_output_len;
    const char *error_type;   uint32_t error_type_len;
    const char *error_message; uint32_t error_message_len;
    const char *traceback;    uint32_t traceback_len;
} prp_response;

enum { PRP_HAS_ERROR_TYPE = 1u, PRP_HAS_ERROR_MESSAGE = 2u, PRP_HAS_TRACEBACK = 4u };

/* Little-endian field access. */
void prp_put16(unsigned char *p, uint16_t v);
void prp_put32(unsigned char *p, uint32_t v);
void prp_put64(unsigned char *p, uint64_t v);
uint16_t prp_get16(const unsigned char *p);
uint32_t prp_get32(const unsigned char *p);
uint64_t prp_get64(const unsigned char *p);

/* Request header: encode from r (lengths and fixed fields), decode into r (no body). */
void prp_request_header_encode(const prp_request *r, unsigned char out[PRP_REQUEST_HEADER]);
/* Returns 0, or a prp_error (bad magic, unknown version); r is filled either way as far as
 * it could be read. body_len gets source+filename+argv lengths (64-bit: no overflow). */
int prp_request_header_decode(const unsigned char in[PRP_REQUEST_HEADER], prp_request *r,
                              uint64_t *body_len);
/* Points r's source/filename/argv into body and checks them (argv strings, UTF-8 of filename
 * and argv). Returns 0 or a prp_error; *why gets a static explanation. */
int prp_request_body_bind(prp_request *r, const char *body, const char **why);

/* Response: the header for r (texts' lengths from r). */
void prp_response_header_encode(const prp_response *r, unsigned char out[PRP_RESPONSE_HEADER]);
int prp_response_header_decode(const unsigned char in[PRP_RESPONSE_HEADER], prp_response *r,
                               uint64_t *body_len);
/* Points r's texts into body (laid out in header order). */
void prp_response_body_bind(prp_response *r, const char *body);

/* Whole-buffer I/O on a socket: retries EINTR and short transfers, never raises SIGPIPE.
 * read: returns bytes read (< n only at end of stream), or -1 on error.
 * write: returns 0, or -1 on error (errno set). */
long prp_read_full(int fd, void *buf, size_t n);
int prp_write_full(int fd, const void *buf, size_t n);
/* Writes a response (header and texts) with one writev-like sequence. Returns 0 or -1. */
int prp_send_response(int fd, const prp_response *r);

/* 1 when the n bytes are valid UTF-8 (no overlongs, surrogates or values past U+10FFFF). */
int prp_utf8_valid(const char *s, size_t n);

/* The default socket path for this user (XDG_RUNTIME_DIR, else /tmp/pyrust-<uid>, made 0700
 * and checked: a real directory owned by us, not a symlink, not open to others).
 * create: make the directory when missing. Returns 0 and fills out, or -1 with *why. */
int prp_default_socket_path(char *out, size_t size, int create, const char **why);

/* Connects to a Unix socket at path. Returns the fd, or -1 with errno set. */
int prp_connect(const char *path);

/* The name of a prp_error, for messages. */
const char *prp_error_name(int code);

#endif
