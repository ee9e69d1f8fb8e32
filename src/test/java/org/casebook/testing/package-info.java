/** Test support shared by all test classes: temporary knowledge bases, headless Chromium, a static server. */
package org.casebook.testing;
