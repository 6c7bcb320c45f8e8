/* rc_check's own test: two threads retain and release the same mortal object through the
 * Swift runtime's non-atomic entry points; run under rc_check.so, this program must make the
 * checker fail (exit status 3). `make rc-check` asserts that it does, so a checker that
 * stopped seeing anything would be noticed. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

typedef void *(*retain_fn)(void *);
typedef void (*release_fn)(void *);

/* A fake heap object: no metadata (the checker then names it "?"), a count of 1. */
static struct { void *metadata; uint64_t counts; } object = {NULL, 0};

static pthread_barrier_t both_alive;

static void *touch(void *arg) {
    (void)arg;
    retain_fn retain = (retain_fn)dlsym(RTLD_DEFAULT, "swift_nonatomic_retain");
    release_fn release = (release_fn)dlsym(RTLD_DEFAULT, "swift_nonatomic_release");
    pthread_barrier_wait(&both_alive);   /* both threads exist: their ids differ */
    if (retain && release) {
        retain(&object);
        release(&object);
    }
    pthread_barrier_wait(&both_alive);
    return NULL;
}

int main(void) {
    if (!dlsym(RTLD_DEFAULT, "swift_nonatomic_retain")) {
        fprintf(stderr, "rc_selftest: swift_nonatomic_retain not found\n");
        return 1;
    }
    pthread_barrier_init(&both_alive, NULL, 2);
    pthread_t t[2];
    for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, touch, NULL);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    return 0;
}
