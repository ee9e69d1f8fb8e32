/**
 * The one pipeline, and the outputs it writes. {@link org.casebook.engine.Engine} runs the stages
 * (read ─▶ parse ─▶ resolve ─▶ Markdown ─▶ insight) and keeps what each produced, keyed by what it
 * was made from, so that a later run re-does only what a change affects. Two drivers use it:
 * {@code Build} runs it once and writes every output of {@link org.casebook.engine.Outputs} into a
 * folder; the preview keeps it alive and runs it per change. Neither has pipeline code of its own.
 */
package org.casebook.engine;
