<?php
/**
 * Test site only (a must-use plugin): when the option briefdesk_test_footnotes
 * is on, posts and pages get the `footnotes` meta exactly as WordPress 6.3+
 * registers it with the core/footnotes block (Gutenberg,
 * packages/block-library/src/footnotes/index.php, register_block_core_footnotes),
 * so the publishing tests can reach the site-footnotes path on Debian's 6.1.
 * The option is offered in REST (/wp/v2/settings) for the tests to turn on and off.
 */
add_action('init', function () {
	register_setting('general', 'briefdesk_test_footnotes', array('type' => 'boolean', 'show_in_rest' => true, 'default' => false));
	if (!get_option('briefdesk_test_footnotes')) {
		return;
	}
	foreach (array('post', 'page') as $post_type) {
		register_post_meta($post_type, 'footnotes', array('show_in_rest' => true, 'single' => true, 'type' => 'string'));
	}
});
