import { mount } from 'svelte';
import App from './App.svelte';
import AdminApp from './admin/AdminApp.svelte';
import { adminPage } from './admin/route.ts';
import './app.css';

const page = adminPage(location.hash);
const target = document.getElementById('app')!;
if (page) mount(AdminApp, { target, props: { page } });
else mount(App, { target });
// The explorer and the admin pages are separate apps: moving between them starts the other afresh.
addEventListener('hashchange', () => {
  if (adminPage(location.hash) !== page) location.reload();
});
