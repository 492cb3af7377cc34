/**
 * Auto-configuration of Smartcar Connect login, token handling and the Smartcar vehicle
 * API.
 */
package org.smartcarboot.autoconfigure;
