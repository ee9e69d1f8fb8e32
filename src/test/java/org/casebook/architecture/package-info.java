/**
 * The architecture test: the package layering and cycle rules of docs/architecture.md, and a fixture
 * with a deliberate cycle that shows the rules can fail.
 */
package org.casebook.architecture;
