package org.claimcheck.model;

/**
 * One basic/enhanced++ Universal Dependencies edge, with article-wide token indices.
 * {@code governor} is -1 for the root edge.
 */
public record Dependency(int governor, int dependent, String relation) {
}
