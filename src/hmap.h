/*
 * hmap.h: the one hash map of the program. Open addressing over the
 * indices of an array the caller keeps: a slot holds an index plus one
 * (0 is empty) and the high 32 bits of its hash, so that most misses end
 * on the slot's cache line without touching an element; linear probing;
 * at most half full. The caller hashes (lexicon_hash_token and kin) and
 * says what equal is. Used by the lexicon (entries and canons: the slots
 * are written to data/lexicon.bin and mapped as they are), coref (name
 * keys) and the cue table (first words).
 */
#ifndef PARTYLINE_HMAP_H
#define PARTYLINE_HMAP_H

#include <stddef.h>
#include <stdint.h>

struct hmap_slot {
	uint32_t i;		/* index + 1, 0 if empty */
	uint32_t tag;		/* the hash's high 32 bits */
};

struct hmap {
	struct hmap_slot *slot;
	size_t mask;		/* slots - 1 */
	size_t n;		/* slots in use */
};

/* Is element i equal to key? */
typedef int (*hmap_eq_fn)(const void *ctx, uint32_t i, const void *key);
/* The hash of element i (to move it when the map grows). */
typedef uint64_t (*hmap_hash_fn)(const void *ctx, uint32_t i);

/* The slot of the element equal to key under hash h, or the empty slot
 * where it would go. The map must have slots. */
static inline size_t
hmap_slot(const struct hmap *m, uint64_t h, hmap_eq_fn eq, const void *ctx,
    const void *key)
{
	size_t s = (size_t)h & m->mask;
	uint32_t tag = (uint32_t)(h >> 32);

	while (m->slot[s].i != 0 &&
	    (m->slot[s].tag != tag || !eq(ctx, m->slot[s].i - 1, key)))
		s = (s + 1) & m->mask;
	return s;
}

/* The index of the element equal to key plus one, or 0 (also when empty). */
static inline uint32_t
hmap_get(const struct hmap *m, uint64_t h, hmap_eq_fn eq, const void *ctx,
    const void *key)
{
	return m->slot != NULL ? m->slot[hmap_slot(m, h, eq, ctx, key)].i : 0;
}

/* Put index i (with hash h) in the empty slot s. */
static inline void
hmap_set(struct hmap *m, size_t s, uint32_t i, uint64_t h)
{
	m->slot[s].i = i + 1;
	m->slot[s].tag = (uint32_t)(h >> 32);
	m->n++;
}

/* Put index i (with hash h) in the first empty slot from h: rebuilding a
 * map whose elements are known to differ. */
static inline void
hmap_add(struct hmap *m, uint32_t i, uint64_t h)
{
	size_t s = (size_t)h & m->mask;

	while (m->slot[s].i != 0)
		s = (s + 1) & m->mask;
	hmap_set(m, s, i, h);
}

/* Empty every slot, keeping the size. */
void hmap_clear(struct hmap *);

/*
 * Make room for one more index: the first time first slots (a power of
 * two), then double when half full, moving each index by hash(ctx, i).
 */
void hmap_grow(struct hmap *, size_t first, hmap_hash_fn hash,
    const void *ctx);
void hmap_free(struct hmap *);

#endif
