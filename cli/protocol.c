/* The daemon's wire protocol: header encoding, body checks, socket I/O and the default
 * socket path. See docs/protocol.md for the layout. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE   /* accept4, pipe2, signalfd, MSG_NOSIGNAL, POLLRDHUP */
#endif
#include "protocol.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

void prp_put16(unsigned char *p, uint16_t v) { p[0] = (unsigned char)v; p[1] = (unsigned char)(v >> 8); }
void prp_put32(unsigned char *p, uint32_t v) { for (int i = 0; i < 4; i++) p[i] = (unsigned char)(v >> (8 * i)); }
void prp_put64(unsigned char *p, uint64_t v) { for (int i = 0; i < 8; i++) p[i] = (unsigned char)(v >> (8 * i)); }
uint16_t prp_get16(const unsigned char *p) { return (uint16_t)(p[0] | (p[1] << 8)); }
uint32_t prp_get32(const unsigned char *p) {
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}
uint64_t prp_get64(const unsigned char *p) {
    return (uint64_t)prp_get32(p) | ((uint64_t)prp_get32(p + 4) << 32);
}

void prp_request_header_encode(const prp_request *r, unsigned char out[PRP_REQUEST_HEADER]) {
    prp_put32(out + 0, PRP_REQUEST_MAGIC);
    prp_put16(out + 4, r->version);
    prp_put16(out + 6, r->type);
    prp_put32(out + 8, r->flags);
    prp_put32(out + 12, r->max_depth);
    prp_put64(out + 16, r->max_instructions);
    prp_put64(out + 24, r->timeout_ms);
    prp_put64(out + 32, r->max_output);
    prp_put32(out + 40, r->source_len);
    prp_put32(out + 44, r->filename_len);
    prp_put32(out + 48, r->argv_len);
    prp_put32(out + 52, r->argc);
}

int prp_request_header_decode(const unsigned char in[PRP_REQUEST_HEADER], prp_request *r,
                              uint64_t *body_len) {
    memset(r, 0, sizeof *r);
    *body_len = 0;
    if (prp_get32(in) != PRP_REQUEST_MAGIC) return PRP_E_BAD_MAGIC;
    r->version = prp_get16(in + 4);
    /* A later version may lay the rest out differently: read nothing more. */
    if (r->version != PRP_VERSION) return PRP_E_VERSION;
    r->type = prp_get16(in + 6);
    r->flags = prp_get32(in + 8);
    r->max_depth = prp_get32(in + 12);
    r->max_instructions = prp_get64(in + 16);
    r->timeout_ms = prp_get64(in + 24);
    r->max_output = prp_get64(in + 32);
    r->source_len = prp_get32(in + 40);
    r->filename_len = prp_get32(in + 44);
    r->argv_len = prp_get32(in + 48);
    r->argc = prp_get32(in + 52);
    *body_len = (uint64_t)r->source_len + r->filename_len + r->argv_len;
    return 0;
}

int prp_request_body_bind(prp_request *r, const char *body, const char **why) {
    r->source = body;
    r->filename = body + r->source_len;
    r->argv = r->filename + r->filename_len;
    if (!prp_utf8_valid(r->filename, r->filename_len)) { *why = "the filename is not valid UTF-8"; return PRP_E_BAD_UTF8; }
    if (memchr(r->filename, 0, r->filename_len)) { *why = "the filename contains a NUL byte"; return PRP_E_BAD_FIELD; }
    if (!prp_utf8_valid(r->argv, r->argv_len)) { *why = "an argument is not valid UTF-8"; return PRP_E_BAD_UTF8; }
    /* argv: exactly argc NUL-terminated strings filling argv_len. */
    uint32_t count = 0;
    for (uint32_t i = 0; i < r->argv_len; i++) if (r->argv[i] == '\0') count++;
    if (count != r->argc || (r->argv_len > 0 && r->argv[r->argv_len - 1] != '\0')) {
        *why = "argv is not argc NUL-terminated strings";
        return PRP_E_BAD_FIELD;
    }
    /* The source is not checked here: invalid UTF-8 in it is the program's SyntaxError, as
     * in a local run. */
    return 0;
}

void prp_response_header_encode(const prp_response *r, unsigned char out[PRP_RESPONSE_HEADER]) {
    prp_put32(out + 0, PRP_RESPONSE_MAGIC);
    prp_put16(out + 4, PRP_VERSION);
    prp_put16(out + 6, r->type);
    prp_put32(out + 8, (uint32_t)r->status);
    prp_put32(out + 12, (uint32_t)r->error_line);
    prp_put32(out + 16, (uint32_t)r->error_col);
    prp_put32(out + 20, (uint32_t)r->exit_code);
    prp_put32(out + 24, r->present);
    prp_put32(out + 28, r->run_us);
    prp_put32(out + 32, r->output_len);
    prp_put32(out + 36, r->error_output_len);
    prp_put32(out + 40, r->error_type_len);
    prp_put32(out + 44, r->error_message_len);
    prp_put32(out + 48, r->traceback_len);
    prp_put32(out + 52, 0);
}

int prp_response_header_decode(const unsigned char in[PRP_RESPONSE_HEADER], prp_response *r,
                               uint64_t *body_len) {
    memset(r, 0, sizeof *r);
    *body_len = 0;
    if (prp_get32(in) != PRP_RESPONSE_MAGIC) return PRP_E_BAD_MAGIC;
    r->version = prp_get16(in + 4);
    if (r->version != PRP_VERSION) return PRP_E_VERSION;
    r->type = prp_get16(in + 6);
    r->status = (int32_t)prp_get32(in + 8);
    r->error_line = (int32_t)prp_get32(in + 12);
    r->error_col = (int32_t)prp_get32(in + 16);
    r->exit_code = (int32_t)prp_get32(in + 20);
    r->present = prp_get32(in + 24);
    r->run_us = prp_get32(in + 28);
    r->output_len = prp_get32(in + 32);
    r->error_output_len = prp_get32(in + 36);
    r->error_type_len = prp_get32(in + 40);
    r->error_message_len = prp_get32(in + 44);
    r->traceback_len = prp_get32(in + 48);
    *body_len = (uint64_t)r->output_len + r->error_output_len + r->error_type_len +
                r->error_message_len + r->traceback_len;
    return 0;
}

void prp_response_body_bind(prp_response *r, const char *body) {
    r->output = body; body += r->output_len;
    r->error_output = body; body += r->error_output_len;
    r->error_type = body; body += r->error_type_len;
    r->error_message = body; body += r->error_message_len;
    r->traceback = body;
}

long prp_read_full(int fd, void *buf, size_t n) {
    size_t got = 0;
    while (got < n) {
        ssize_t k = read(fd, (char *)buf + got, n - got);
        if (k > 0) { got += (size_t)k; continue; }
        if (k == 0) break;
        if (errno == EINTR) continue;
        return -1;
    }
    return (long)got;
}

int prp_write_full(int fd, const void *buf, size_t n) {
    size_t done = 0;
    while (done < n) {
        ssize_t k = send(fd, (const char *)buf + done, n - done, MSG_NOSIGNAL);
        if (k >= 0) { done += (size_t)k; continue; }
        if (errno == EINTR) continue;
        return -1;
    }
    return 0;
}

int prp_send_response(int fd, const prp_response *r) {
    unsigned char header[PRP_RESPONSE_HEADER];
    prp_response_header_encode(r, header);
    struct iovec iov[6] = {
        { header, sizeof header },
        { (void *)r->output, r->output_len },
        { (void *)r->error_output, r->error_output_len },
        { (void *)r->error_type, r->error_type_len },
        { (void *)r->error_message, r->error_message_len },
        { (void *)r->traceback, r->traceback_len },
    };
    int first = 0;
    while (first < 6) {
        if (iov[first].iov_len == 0) { first++; continue; }
        struct msghdr msg = { 0 };
        msg.msg_iov = iov + first;
        msg.msg_iovlen = (size_t)(6 - first);
        ssize_t k = sendmsg(fd, &msg, MSG_NOSIGNAL);
        if (k < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        size_t left = (size_t)k;
        while (first < 6 && left >= iov[first].iov_len) { left -= iov[first].iov_len; first++; }
        if (first < 6) {
            iov[first].iov_base = (char *)iov[first].iov_base + left;
            iov[first].iov_len -= left;
        }
    }
    return 0;
}

int prp_utf8_valid(const char *text, size_t n) {
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        if (c < 0x80) { i++; continue; }
        size_t need;
        unsigned min;
        if (c >= 0xC2 && c <= 0xDF) { need = 1; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { need = 2; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { need = 3; min = 0x10000; }
        else return 0;
        if (n - i <= need) return 0;
        unsigned cp = c & (0x3Fu >> need);
        for (size_t k = 1; k <= need; k++) {
            if ((s[i + k] & 0xC0) != 0x80) return 0;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
        i += need + 1;
    }
    return 1;
}

/* A directory we may put our socket in: ours, a real directory, closed to others. */
static int private_dir_ok(const char *dir, const char **why) {
    struct stat st;
    if (lstat(dir, &st) != 0) { *why = "cannot stat the socket directory"; return -1; }
    if (S_ISLNK(st.st_mode)) { *why = "the socket directory is a symbolic link"; return -1; }
    if (!S_ISDIR(st.st_mode)) { *why = "the socket directory is not a directory"; return -1; }
    if (st.st_uid != getuid()) { *why = "the socket directory belongs to another user"; return -1; }
    if ((st.st_mode & 077) != 0) { *why = "the socket directory is open to other users (want mode 0700)"; return -1; }
    return 0;
}

int prp_default_socket_path(char *out, size_t size, int create, const char **why) {
    const char *runtime = getenv("XDG_RUNTIME_DIR");
    int n;
    if (runtime && runtime[0] == '/') {
        n = snprintf(out, size, "%s/pyrust.sock", runtime);
    } else {
        char dir[64];
        snprintf(dir, sizeof dir, "/tmp/pyrust-%u", (unsigned)getuid());
        if (create && mkdir(dir, 0700) != 0 && errno != EEXIST) {
            *why = "cannot create the socket directory";
            return -1;
        }
        if (private_dir_ok(dir, why) != 0) {
            if (!create && errno == ENOENT) { /* no directory: no daemon; connect will say so */ }
            else return -1;
        }
        n = snprintf(out, size, "%s/pyrust.sock", dir);
    }
    if (n < 0 || (size_t)n >= size || (size_t)n >= sizeof(((struct sockaddr_un *)0)->sun_path)) {
        *why = "the socket path is too long";
        return -1;
    }
    return 0;
}

int prp_connect(const char *path) {
    struct sockaddr_un addr;
    memset(&addr, 0, sizeof addr);
    addr.sun_family = AF_UNIX;
    if (strlen(path) >= sizeof addr.sun_path) { errno = ENAMETOOLONG; return -1; }
    strcpy(addr.sun_path, path);
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    while (connect(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
        if (errno == EINTR) continue;
        int saved = errno;
        close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

const char *prp_error_name(int code) {
    switch (code) {
    case PRP_E_BAD_MAGIC: return "bad magic";
    case PRP_E_VERSION: return "unsupported protocol version";
    case PRP_E_TOO_LARGE: return "request too large";
    case PRP_E_TRUNCATED: return "truncated request";
    case PRP_E_BAD_UTF8: return "invalid UTF-8";
    case PRP_E_BAD_TYPE: return "unknown request type";
    case PRP_E_BAD_FIELD: return "malformed field";
    case PRP_E_BUSY: return "server busy";
    case PRP_E_SHUTDOWN: return "server shutting down";
    default: return "protocol error";
    }
}
