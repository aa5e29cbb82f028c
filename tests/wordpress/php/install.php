<?php
/*
 * Installs a fresh test site from the command line: the site's configuration
 * file is the first argument, the admin and second user's names follow. Prints
 * one line of JSON: { "adminAppPassword": …, "otherAppPassword": …, "otherUserId": … }.
 */
[$script, $config, $admin_user, $other_user, $other_role] = $argv;
$GLOBALS['briefdesk_site_config'] = $config;
$_SERVER['WORDPRESS_CONFIG'] = 'briefdesk-test';
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
add_filter('pre_wp_mail', '__return_false');

$result = wp_install('Briefdesk test site', $admin_user, 'admin@example.test', false, '', wp_generate_password(24), 'en_US');
update_option('permalink_structure', '/%postname%/');

$other_id = wp_insert_user([
    'user_login' => $other_user,
    'user_pass' => wp_generate_password(24),
    'user_email' => 'other@example.test',
    'display_name' => 'Other Editor',
    'role' => $other_role,
]);
if (is_wp_error($other_id)) {
    fwrite(STDERR, $other_id->get_error_message() . "\n");
    exit(1);
}
[$admin_password] = WP_Application_Passwords::create_new_application_password($result['user_id'], ['name' => 'Briefdesk tests']);
[$other_password] = WP_Application_Passwords::create_new_application_password($other_id, ['name' => 'Briefdesk tests']);
echo json_encode([
    'adminAppPassword' => $admin_password,
    'otherAppPassword' => $other_password,
    'otherUserId' => $other_id,
]), "\n";
