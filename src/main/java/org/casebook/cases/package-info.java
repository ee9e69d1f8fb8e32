/**
 * Reading case files: walking {@code cases/} without following links, strict UTF-8 decoding, the
 * front matter split and its fields, all with file positions. ({@code case} is a Java keyword.)
 */
package org.casebook.cases;
