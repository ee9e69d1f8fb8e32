/**
 * YAML read as data only, with positions. Both {@code casebook.yml} and case front matter go
 * through {@link org.casebook.yaml.YamlDocument}: SnakeYAML composes a node tree (no object
 * construction, so no tags, no type guessing), limits guard against bombs, and every value keeps
 * the file line and column it came from.
 */
package org.casebook.yaml;
