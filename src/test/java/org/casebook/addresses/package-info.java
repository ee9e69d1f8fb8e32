/** Stable case addresses: {@code slug:}, {@code moved_from:} redirects, and the warning for a lost address. */
package org.casebook.addresses;
