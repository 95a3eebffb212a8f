/* One page of ranked hits, computed in one call over the index's arrays.

   search/index.py holds the ranking's definition and its reference test (tests/test_index.py)
   spells it out in plain Python; this file is the same ranking without an interpreter step per
   posting or a numpy call per stage. Those fixed costs were most of a query's time on small
   indexes: about twenty numpy calls of a microsecond or more each, for a query that touches a
   hundred facts. Here a query is one call:

   1. add up each matched fact's BM25 (the postings' precomputed impacts × the term's query
      weight) and the coverage steps of the terms it matches;
   2. score = BM25 × (c + (1 − c) × coverage) × the intent boost for the kind asked about,
      c being the coverage floor;
   3. the best score of each near-duplicate group, and the bar: the `wanted`-th best group's;
   4. candidates: the facts that could still make the page with the phrase boost, i.e. within
      the boost of both the bar and their own group's best (no boost, so only each group's
      best, where some character pair of the phrase is in no text: see `may_occur`);
   5. the phrase boost for the candidates whose text holds the query's phrase (a bigram
      signature rules most texts out before one is read, see `signature_of`), and each
      group's best candidate;
   6. the `wanted` best groups' candidates by boosted score, ties by fact id.

   Each step is a pass over the matched facts or fewer; a page never sorts more than it shows.
   The scratch arrays belong to the ranker and are left zeroed after each call; calls never
   release the GIL, so they cannot overlap. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define SIGNATURE_WORDS 4 /* 256 bits: one cache line a text */
#define CORPUS_BITS 20      /* 2^20 bits, 128 KiB: which character pairs occur in any text */
#define GOLDEN 0x9E3779B97F4A7C15ULL

typedef struct {
    double score;
    int32_t rank; /* the fact id's position in sorted order: ties go to the smaller */
    int32_t doc;
} Entry;

typedef struct {
    PyObject_HEAD
    Py_buffer starts, docs, impacts, kinds, groups, id_rank;
    PyObject *texts;        /* a tuple: what the signatures were made from cannot change */
    uint64_t *signatures;   /* per doc: SIGNATURE_WORDS words */
    uint64_t *pairs_seen;   /* every text's pairs, hashed to CORPUS_BITS bits */
    Py_ssize_t n_terms;
    double *score;          /* per doc: BM25, then the score (zero: not matched) */
    int32_t *steps;         /* per doc: coverage steps matched */
    int32_t *matched;       /* the docs with a score, in the order they were met */
    double *group_best;     /* per group: its best score (zero: none matched) */
    int32_t *groups_seen;   /* the groups with a best score */
    int32_t *pick;          /* per group: 1 + where its best candidate is in `entries` (zero: none) */
    Entry *entries;         /* per group: a heap, then its best candidate */
} Ranker;

/* A better than B: higher score, or the same score and the smaller fact id. */
static inline int better(const Entry *a, const Entry *b) {
    return a->score > b->score || (a->score == b->score && a->rank < b->rank);
}

static int by_rank_order(const void *x, const void *y) {
    const Entry *a = x, *b = y;
    return better(a, b) ? -1 : better(b, a) ? 1 : 0;
}

/* Keeps the `size` best entries seen, the worst of them at heap[0]. */
static void heap_offer(Entry *heap, Py_ssize_t *count, Py_ssize_t size, Entry item) {
    Py_ssize_t i;
    if (*count < size) {
        i = (*count)++;
        while (i > 0 && better(&heap[(i - 1) / 2], &item)) {
            heap[i] = heap[(i - 1) / 2];
            i = (i - 1) / 2;
        }
        heap[i] = item;
        return;
    }
    if (!better(&item, &heap[0])) return;
    i = 0;
    for (;;) {
        Py_ssize_t child = 2 * i + 1;
        if (child >= size) break;
        if (child + 1 < size && better(&heap[child], &heap[child + 1])) child++;
        if (!better(&item, &heap[child])) break;
        heap[i] = heap[child];
        i = child;
    }
    heap[i] = item;
}

/* A quick "no" for the phrase boost. Whether a phrase occurs in a text can only be told by
   reading the text; at 100k facts the texts are 30 MB spread over the heap, so each read is a
   handful of cache misses, and a page may check hundreds. Each text gets a 256-bit signature:
   a bit set at a hash of each of its character bigrams (the top byte of the pair's code points
   × 2⁶⁴/φ, Fibonacci hashing, which spreads pairs with the same first character far apart). A
   phrase can occur only in a text whose signature has every bit of the phrase's own, so most
   texts are ruled out on one cache line.

   The same hash, cut to CORPUS_BITS bits, marks every pair of every text in one bitset
   (`pairs_seen`). A phrase with a pair that no text has occurs in no text, and the boost is
   skipped before any signature is read: a keyword query of two or three words often joins
   words that no text writes side by side (科技人才 政策, canonicalised to @talent政策, has the
   pair t政; so do 291 of the benchmark's 300 queries at 100k facts), and the check costs a few
   lookups. A pair's bit may be set by another pair (then the signatures decide, as before), but
   an unset bit is certain. */
static inline uint64_t pair_hash(int kind, const void *data, Py_ssize_t i) {
    uint64_t pair = (uint64_t)PyUnicode_READ(kind, data, i) << 32 | PyUnicode_READ(kind, data, i + 1);
    return pair * GOLDEN;
}

static void signature_of(PyObject *text, uint64_t *row, uint64_t *pairs_seen) {
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    memset(row, 0, SIGNATURE_WORDS * sizeof(uint64_t));
    for (Py_ssize_t i = 0; i + 1 < length; i++) {
        uint64_t hash = pair_hash(kind, data, i);
        unsigned bit = (unsigned)(hash >> 56);
        row[bit >> 6] |= (uint64_t)1 << (bit & 63);
        if (pairs_seen) {
            uint64_t seen = hash >> (64 - CORPUS_BITS);
            pairs_seen[seen >> 6] |= (uint64_t)1 << (seen & 63);
        }
    }
}

/* 0 if some pair of the phrase is in no text, so no text holds it. */
static int may_occur(const Ranker *self, PyObject *phrase) {
    int kind = PyUnicode_KIND(phrase);
    const void *data = PyUnicode_DATA(phrase);
    Py_ssize_t length = PyUnicode_GET_LENGTH(phrase);
    for (Py_ssize_t i = 0; i + 1 < length; i++) {
        uint64_t seen = pair_hash(kind, data, i) >> (64 - CORPUS_BITS);
        if (!(self->pairs_seen[seen >> 6] & (uint64_t)1 << (seen & 63))) return 0;
    }
    return 1;
}

static int get_array(PyObject *obj, Py_buffer *view, Py_ssize_t itemsize, const char *kinds, const char *name) {
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) return -1;
    const char *format = view->format;
    if (format[0] == '<' || format[0] == '=' || format[0] == '@') format++;
    if (view->itemsize != itemsize || strlen(format) != 1 || !strchr(kinds, format[0])) {
        PyErr_Format(PyExc_TypeError, "%s: expected items of %zd bytes (%s), got '%s'", name, itemsize, kinds,
                     view->format);
        PyBuffer_Release(view);
        view->obj = NULL;
        return -1;
    }
    return 0;
}

static void Ranker_dealloc(Ranker *self) {
    Py_buffer *views[] = {&self->starts, &self->docs, &self->impacts, &self->kinds, &self->groups, &self->id_rank};
    for (size_t i = 0; i < sizeof views / sizeof *views; i++)
        if (views[i]->obj) PyBuffer_Release(views[i]);
    Py_XDECREF(self->texts);
    PyMem_Free(self->signatures);
    PyMem_Free(self->pairs_seen);
    PyMem_Free(self->score);
    PyMem_Free(self->steps);
    PyMem_Free(self->matched);
    PyMem_Free(self->group_best);
    PyMem_Free(self->groups_seen);
    PyMem_Free(self->pick);
    PyMem_Free(self->entries);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int Ranker_init(Ranker *self, PyObject *args, PyObject *kwargs) {
    static char *keywords[] = {"starts", "docs",  "impacts",     "kinds", "groups",
                               "id_rank", "texts", "group_count", NULL};
    PyObject *starts, *docs, *impacts, *kinds, *groups, *id_rank, *texts;
    Py_ssize_t group_count;
    if (self->starts.obj) { /* even a failed __init__ may hold some of the arrays */
        PyErr_SetString(PyExc_TypeError, "a Ranker is initialised once");
        return -1;
    }
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "OOOOOOO!n", keywords, &starts, &docs, &impacts, &kinds,
                                     &groups, &id_rank, &PyList_Type, &texts, &group_count))
        return -1;
    if (get_array(starts, &self->starts, 8, "qlQL", "starts") < 0 ||
        get_array(docs, &self->docs, 4, "i", "docs") < 0 ||
        get_array(impacts, &self->impacts, 4, "f", "impacts") < 0 ||
        get_array(kinds, &self->kinds, 1, "bB", "kinds") < 0 ||
        get_array(groups, &self->groups, 4, "i", "groups") < 0 ||
        get_array(id_rank, &self->id_rank, 4, "i", "id_rank") < 0)
        return -1;
    Py_ssize_t n = PyList_GET_SIZE(texts);
    Py_ssize_t postings = self->docs.len / 4;
    const int64_t *start = self->starts.buf;
    self->n_terms = self->starts.len / 8 - 1;
    if (self->n_terms < 0 || start[0] != 0 || start[self->n_terms] != postings || self->impacts.len / 4 != postings ||
        self->kinds.len != n || self->groups.len / 4 != n || self->id_rank.len / 4 != n || group_count < 0) {
        PyErr_SetString(PyExc_ValueError, "the index's arrays disagree in length");
        return -1;
    }
    const int32_t *doc = self->docs.buf, *group = self->groups.buf;
    for (Py_ssize_t i = 0; i < postings; i++)
        if (doc[i] < 0 || doc[i] >= n) {
            PyErr_SetString(PyExc_ValueError, "a posting names a doc outside the index");
            return -1;
        }
    for (Py_ssize_t i = 0; i < n; i++)
        if (group[i] < 0 || group[i] >= group_count) {
            PyErr_SetString(PyExc_ValueError, "a group id is outside group_count");
            return -1;
        }
    size_t docs_size = (size_t)(n ? n : 1), groups_size = (size_t)(group_count ? group_count : 1);
    self->signatures = PyMem_Malloc(docs_size * SIGNATURE_WORDS * sizeof(uint64_t));
    self->pairs_seen = PyMem_Calloc((size_t)1 << (CORPUS_BITS - 6), sizeof(uint64_t));
    self->score = PyMem_Calloc(docs_size, sizeof(double));
    self->steps = PyMem_Calloc(docs_size, sizeof(int32_t));
    self->matched = PyMem_Malloc(docs_size * sizeof(int32_t));
    self->group_best = PyMem_Calloc(groups_size, sizeof(double));
    self->groups_seen = PyMem_Malloc(groups_size * sizeof(int32_t));
    self->pick = PyMem_Calloc(groups_size, sizeof(int32_t));
    self->entries = PyMem_Malloc(groups_size * sizeof(Entry));
    if (!self->signatures || !self->pairs_seen || !self->score || !self->steps || !self->matched || !self->group_best ||
        !self->groups_seen || !self->pick || !self->entries) {
        PyErr_NoMemory();
        return -1;
    }
    PyObject *held = PyList_AsTuple(texts); /* set last: a ranker with texts is a whole one */
    if (!held) return -1;
    if (PyTuple_GET_SIZE(held) != n) { /* the list changed while the arrays were read */
        PyErr_SetString(PyExc_ValueError, "the index's arrays disagree in length");
        Py_DECREF(held);
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *text = PyTuple_GET_ITEM(held, i);
        if (!PyUnicode_Check(text)) {
            PyErr_SetString(PyExc_TypeError, "texts: every text is a str");
            Py_DECREF(held);
            return -1;
        }
        signature_of(text, self->signatures + i * SIGNATURE_WORDS, self->pairs_seen);
    }
    self->texts = held;
    return 0;
}

/* The phrase boost applies: the text's signature has every bit of the phrase's, and the text
   holds the phrase. -1 on error. */
static int holds(Ranker *self, Py_ssize_t doc, const uint64_t *wanted, PyObject *phrase) {
    const uint64_t *row = self->signatures + doc * SIGNATURE_WORDS;
    for (int k = 0; k < SIGNATURE_WORDS; k++)
        if ((row[k] & wanted[k]) != wanted[k]) return 0;
    return PyUnicode_Contains(PyTuple_GET_ITEM(self->texts, doc), phrase);
}

/* Zero what a page() call wrote into the Ranker's scratch arrays, ready for the next call. */
static void reset_scratch(Ranker *self, Py_ssize_t matched, double *score, double *group_best,
                          const int32_t *group_of) {
    for (Py_ssize_t i = 0; i < matched; i++) {
        int32_t doc = self->matched[i];
        score[doc] = 0;
        self->steps[doc] = 0;
        group_best[group_of[doc]] = 0;
        self->pick[group_of[doc]] = 0;
    }
}

static PyObject *Ranker_page(Ranker *self, PyObject *args, PyObject *kwargs) {
    static char *keywords[] = {"terms",  "all_steps", "coverage_floor", "intent", "intent_boost",
                               "wanted", "phrase",    "lift",           NULL};
    PyObject *terms, *phrase;
    double all_steps, coverage_floor, intent_boost, lift;
    int intent;
    Py_ssize_t wanted;
    uint64_t phrase_bits[SIGNATURE_WORDS];
    if (!self->texts) {
        PyErr_SetString(PyExc_TypeError, "the Ranker is not initialised");
        return NULL;
    }
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O!ddidnOd", keywords, &PyList_Type, &terms, &all_steps,
                                     &coverage_floor, &intent, &intent_boost, &wanted, &phrase, &lift))
        return NULL;
    PyObject *result = NULL;
    Py_ssize_t matched = 0, seen = 0, count = 0;
    const int64_t *start = self->starts.buf;
    const int32_t *doc_of = self->docs.buf, *group_of = self->groups.buf, *rank_of = self->id_rank.buf;
    const float *impact = self->impacts.buf;
    const int8_t *kind_of = self->kinds.buf;
    double *score = self->score, *group_best = self->group_best;
    Entry *entries = self->entries;

    if (phrase != Py_None && !PyUnicode_Check(phrase)) {
        PyErr_SetString(PyExc_TypeError, "phrase: a str or None");
        return NULL;
    }
    if (wanted < 1 || all_steps <= 0 || !(coverage_floor > 0 && coverage_floor <= 1)) {
        PyErr_SetString(PyExc_ValueError, "wanted >= 1, all_steps > 0 and 0 < coverage_floor <= 1");
        return NULL;
    }
    if (phrase != Py_None && may_occur(self, phrase)) {
        signature_of(phrase, phrase_bits, NULL);
    } else {
        phrase = Py_None;
        lift = 1; /* nothing to boost: the page is each group's best */
    }
    /* 1. BM25 and coverage steps. */
    for (Py_ssize_t t = 0; t < PyList_GET_SIZE(terms); t++) {
        Py_ssize_t code;
        double weight;
        int steps;
        PyObject *term = PyList_GET_ITEM(terms, t);
        if (!PyTuple_Check(term)) {
            PyErr_SetString(PyExc_TypeError, "a term is a tuple (code, weight, steps)");
            goto reset;
        }
        if (!PyArg_ParseTuple(term, "ndi", &code, &weight, &steps)) goto reset;
        if (code < 0 || code >= self->n_terms || !(weight > 0) || steps < 1) {
            /* a positive weight keeps every score positive: zero marks "not matched" */
            PyErr_SetString(PyExc_ValueError, "a term is (code in the index, weight > 0, steps >= 1)");
            goto reset;
        }
        for (int64_t i = start[code]; i < start[code + 1]; i++) {
            int32_t doc = doc_of[i];
            if (self->steps[doc] == 0) self->matched[matched++] = doc;
            score[doc] += (double)impact[i] * weight;
            self->steps[doc] += steps;
        }
    }
    /* 2 and 3. Scores, each group's best, and the bar. */
    for (Py_ssize_t i = 0; i < matched; i++) {
        int32_t doc = self->matched[i], group = group_of[doc];
        double s = score[doc] * (coverage_floor + (1 - coverage_floor) * self->steps[doc] / all_steps);
        if (kind_of[doc] == intent) s *= intent_boost;
        score[doc] = s;
        if (group_best[group] == 0) self->groups_seen[seen++] = group;
        if (s > group_best[group]) group_best[group] = s;
    }
    double bar = 0;
    if (seen > wanted) {
        for (Py_ssize_t i = 0; i < seen; i++) {
            Entry e = {group_best[self->groups_seen[i]], 0, 0};
            heap_offer(entries, &count, wanted, e);
        }
        bar = entries[0].score;
        count = 0;
    }
    /* 4 and 5. Candidates, those the phrase boost could put on the page, boosted where their
       text holds the phrase; each group's best of them. */
    for (Py_ssize_t i = 0; i < matched; i++) {
        int32_t doc = self->matched[i], group = group_of[doc];
        double lifted = score[doc] * lift;
        if (lifted < bar || lifted < group_best[group]) continue;
        Entry e = {score[doc], rank_of[doc], doc};
        if (phrase != Py_None) {
            int holding = holds(self, doc, phrase_bits, phrase);
            if (holding < 0) goto reset;
            if (holding) e.score = lifted;
        }
        int32_t pick = self->pick[group];
        if (pick == 0) {
            entries[count++] = e;
            self->pick[group] = (int32_t)count;
        } else if (better(&e, &entries[pick - 1])) {
            entries[pick - 1] = e;
        }
    }
    /* 6. The best `wanted` groups, best first. */
    Py_ssize_t kept = 0;
    for (Py_ssize_t i = 0; i < count; i++) heap_offer(entries, &kept, wanted, entries[i]);
    qsort(entries, (size_t)kept, sizeof(Entry), by_rank_order);
    /* 7. The page out of the shared scratch state, and that state reset, before any Python
       object is made: making one can run the garbage collector, whose finalizers can run
       Python code and let another thread call page() on this Ranker meanwhile. */
    Entry *page = PyMem_Malloc((size_t)(kept > 0 ? kept : 1) * sizeof(Entry));
    if (!page) {
        PyErr_NoMemory();
        goto reset;
    }
    memcpy(page, entries, (size_t)kept * sizeof(Entry));
    reset_scratch(self, matched, score, group_best, group_of);
    result = PyList_New(kept);
    for (Py_ssize_t i = 0; result && i < kept; i++) {
        PyObject *hit = Py_BuildValue("(id)", page[i].doc, page[i].score);
        if (!hit) {
            Py_CLEAR(result);
            break;
        }
        PyList_SET_ITEM(result, i, hit);
    }
    PyMem_Free(page);
    if (!result) return NULL;
    return Py_BuildValue("(Nn)", result, seen); /* N: the tuple takes over the list's reference */
reset:
    reset_scratch(self, matched, score, group_best, group_of);
    return result;
}

static PyMethodDef Ranker_methods[] = {
    {"page", (PyCFunction)(void (*)(void))Ranker_page, METH_VARARGS | METH_KEYWORDS,
     "page(terms, all_steps, coverage_floor, intent, intent_boost, wanted, phrase, lift)\n"
     "--\n\n"
     "The best `wanted` hits as (doc, score), best first, one per near-duplicate group, and how\n"
     "many groups matched at all: ([(doc, score), ...], matched_groups)."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject RankerType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "hetao_brief.search._rank.Ranker",
    .tp_doc = PyDoc_STR("Ranks an index's facts for a query; see search/index.py for the ranking."),
    .tp_basicsize = sizeof(Ranker),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)Ranker_init,
    .tp_dealloc = (destructor)Ranker_dealloc,
    .tp_methods = Ranker_methods,
};

static struct PyModuleDef rank_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_rank",
    .m_doc = PyDoc_STR("The search index's scoring and page selection, compiled."),
    .m_size = -1,
};

PyMODINIT_FUNC PyInit__rank(void) {
    if (PyType_Ready(&RankerType) < 0) return NULL;
    PyObject *module = PyModule_Create(&rank_module);
    if (!module) return NULL;
    Py_INCREF(&RankerType);
    if (PyModule_AddObject(module, "Ranker", (PyObject *)&RankerType) < 0) {
        Py_DECREF(&RankerType);
        Py_DECREF(module);
        return NULL;
    }
    return module;
}
