<?php
/* Briefdesk test sites: loads the configuration of the site the request's server was started for. */
if (empty($GLOBALS['briefdesk_site_config']) || !is_file($GLOBALS['briefdesk_site_config'])) {
    header('HTTP/1.0 500 Internal Server Error');
    echo 'This WordPress test site has no configuration.';
    exit(1);
}
require $GLOBALS['briefdesk_site_config'];
