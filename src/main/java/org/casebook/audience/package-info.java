/**
 * Who may read what: a case's {@link org.casebook.audience.Visibility} and the
 * {@link org.casebook.audience.Audience} a build is made for. Kept apart from configuration, parsing
 * and the model because all three need it and none of them owns it.
 */
package org.casebook.audience;
