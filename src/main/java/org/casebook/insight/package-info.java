/**
 * What the knowledge base says across cases rather than within one: which park has cases on which
 * theme (the coverage matrix), which parks can learn from which (learning pairs), and which cases
 * are related. Pure computations on the {@link org.casebook.kb.KnowledgeBase}, no I/O, deterministic,
 * published cases only, so pages, data files and tests all agree.
 */
package org.casebook.insight;
