/** Tests of what {@code mvn package} makes (run by failsafe after it): the distribution zip and the container image. */
package org.casebook.dist;
