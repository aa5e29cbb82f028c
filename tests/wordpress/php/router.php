<?php
/*
 * Router of the test site's `php -S` server. The site's own configuration
 * file is named by the BRIEFDESK_WP_SITE_CONFIG environment variable of the
 * server process; Debian's wp-config.php is pointed at the small dispatcher
 * /etc/wordpress/config-briefdesk-test.php, which loads it.
 * - /wp-content/* is served from the site's writable content folder (never PHP);
 * - other real files of the WordPress tree are served as they are, PHP files run;
 * - everything else goes to index.php (the REST API answers at ?rest_route=).
 */
$_SERVER['WORDPRESS_CONFIG'] = 'briefdesk-test';
$GLOBALS['briefdesk_site_config'] = getenv('BRIEFDESK_WP_SITE_CONFIG');
$content_dir = getenv('BRIEFDESK_WP_CONTENT_DIR');
$root = '/usr/share/wordpress';
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');

if (str_starts_with($path, '/wp-content/')) {
    $relative = substr($path, strlen('/wp-content/'));
    $file = realpath($content_dir . '/' . $relative);
    $base = realpath($content_dir);
    if ($file === false || !str_starts_with($file, $base . '/') || !is_file($file) || preg_match('/\.php\d?$/i', $file)) {
        http_response_code(404);
        echo 'Not found';
        return true;
    }
    $type = mime_content_type($file) ?: 'application/octet-stream';
    header('Content-Type: ' . $type);
    header('Content-Length: ' . filesize($file));
    readfile($file);
    return true;
}

$file = realpath($root . $path);
if ($file !== false && str_starts_with($file, $root . '/') && is_file($file)) {
    if (!preg_match('/\.php$/i', $file)) return false;
    chdir(dirname($file));
    require $file;
    return true;
}
chdir($root);
require $root . '/index.php';
