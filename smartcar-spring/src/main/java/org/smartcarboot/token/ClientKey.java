package org.smartcarboot.token;

/**
 * Identifies one authorized client: a client registration and the principal it was
 * authorized for.
 *
 * @param registrationId the id of the client registration
 * @param principalName the name of the principal
 */
record ClientKey(String registrationId, String principalName) {

}
