"""Offline mirror of regional Indonesian news blogs (Blogger and WordPress) carrying police PR releases.

``content`` generates the posts (with ground truth), ``sites`` reads ``data/demo/sites.toml``, ``server`` serves
them over HTTP (``MirrorServer``); ``blogger`` / ``wordpress`` implement the platforms' endpoints.
"""
