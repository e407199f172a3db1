# cython: language_level=3, boundscheck=False, wraparound=False
"""An experiment, not part of kornews: the Hangul counting of ``kornews.content._collect``
(``chrome_names=False``: per nearest block, in links apart, skipped tags' subtrees left out) written
over Lexbor's own node structs, to measure what a compiled walk costs next to the Python one.

The node is reached through ``LexborNode.mem_id`` (selectolax gives the address of Lexbor's node
there); the structs below copy the layouts of Lexbor 3.1 (``lexbor/dom/interfaces/node.h``,
``character_data.h``), the version selectolax 1.0.2 bundles.  ``run.py`` checks the version first:
on any other Lexbor the layouts may differ and this code would read garbage.
"""

from libc.stdint cimport uintptr_t

cdef extern from *:
    """
    typedef struct kn_node kn_node;
    struct kn_node {
        void *events;
        uintptr_t local_name, prefix, ns;
        void *owner_document;
        kn_node *next, *prev, *parent, *first_child, *last_child;
        void *user;
        int type;
    };
    typedef struct { kn_node node; unsigned char *data; size_t length; } kn_text;
    """
    ctypedef struct kn_node:
        uintptr_t local_name
        kn_node *next
        kn_node *parent
        kn_node *first_child
        int type
    ctypedef struct kn_text:
        unsigned char *data
        size_t length

cdef enum:
    MAX_TAG = 4096  # tag ids below this are looked up in a table; others are entered
    MAX_DEPTH = 1024  # deeper elements are not entered (kornews cuts pages at 512)

cdef inline int _hangul(const unsigned char *s, size_t n) noexcept nogil:
    """Hangul syllables (U+AC00-U+D7A3) in ``n`` bytes of UTF-8."""
    cdef size_t i = 0
    cdef int c = 0
    cdef unsigned int cp
    while i + 2 < n:
        if 0xEA <= s[i] <= 0xED:
            cp = ((s[i] & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F)
            if 0xAC00 <= cp <= 0xD7A3:
                c += 1
            i += 3
        else:
            i += 1
    return c


def walk(size_t root_id, dict kinds):
    """``(own_h, own_link_h)`` of the subtree of the node at ``root_id`` (a ``mem_id``), keyed by the
    ``mem_id`` of each text's nearest block (or the root).  ``kinds`` maps Lexbor tag ids to 0 (not
    entered), 1 (entered), 3 (a block), 5 (a link); other tags are entered."""
    cdef unsigned char kind_of[MAX_TAG]
    cdef int i
    for i in range(MAX_TAG):
        kind_of[i] = 1
    for tag, value in kinds.items():
        if tag < MAX_TAG:
            kind_of[tag] = value
    cdef kn_node *top = <kn_node *> root_id
    cdef kn_node *node = top.first_child
    cdef kn_node *blocks[MAX_DEPTH]
    cdef char links[MAX_DEPTH]
    cdef int depth = 0, h
    cdef kn_node *block = top
    cdef char link = 0
    cdef unsigned char kind
    cdef kn_text *text
    own = {}
    own_link = {}
    while node != NULL:
        if node.type == 3:
            text = <kn_text *> node
            h = _hangul(text.data, text.length)
            if h:
                key = <uintptr_t> block
                own[key] = own.get(key, 0) + h
                if link:
                    own_link[key] = own_link.get(key, 0) + h
        elif node.type == 1:
            kind = kind_of[node.local_name] if node.local_name < MAX_TAG else 1
            if kind and node.first_child != NULL and depth < MAX_DEPTH:
                blocks[depth] = block
                links[depth] = link
                depth += 1
                if kind & 2:
                    block = node
                if kind & 4:
                    link = 1
                node = node.first_child
                continue
        while node.next == NULL:
            node = node.parent
            if node == top or node == NULL:
                return own, own_link
            depth -= 1
            block = blocks[depth]
            link = links[depth]
        node = node.next
    return own, own_link
